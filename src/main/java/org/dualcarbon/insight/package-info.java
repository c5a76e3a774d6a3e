/**
 * 评价与对标 — rules over the accounted figures: the efficiency evaluation of divisions and enterprises with the 重点关注
 * watch list the rules select (rules/analysis/efficiency-evaluation.drl.csv), an enterprise's position against its
 * industry's benchmark values and its peers (rules/analysis/benchmarks.drl.csv), and the diagnosis of its energy
 * structure and production with suggested measures (rules/analysis/diagnosis.drl.csv). Every row carries its source.
 */
package org.dualcarbon.insight;
