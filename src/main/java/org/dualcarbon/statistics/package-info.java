/**
 * 统计汇总 — the statistics tables dashboards and analyses read: each unit-year's current accounting run and monthly
 * energy, summed for every node of the organisation tree (province, city, district, park, enterprise). They are kept
 * in step with their sources inside the same transaction (a run stored, activity data replaced, a report approved, an
 * enterprise moved or re-classified, new GB/T 2589 coefficients activated) by adding differences, and can be rebuilt
 * from the sources at any time; the figures equal a direct aggregation of the sources to the digit.
 */
package org.dualcarbon.statistics;
