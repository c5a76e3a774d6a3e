package org.dualcarbon.activity;

/** A unit's activity data of a year was replaced as a whole (published inside the writing transaction). */
public record ActivityYearReplaced(long unitId, int year) {
}
