package org.dualcarbon.statistics;

/** What a rebuild of the statistics did: unit rows written from the sources, node cells, and how long it took. */
public record RebuildOutcome(int unitRows, int cells, long millis) {
}
