/**
 * 碳排放分析 — analysis of accounted emissions: decoupling from economic growth (Tapio elasticity) and the
 * decomposition of a change in emissions into its drivers (LMDI-I). The calculations are plain Java with no framework
 * imports, so they are tested against the formulas alone (domain.md §6).
 */
package org.dualcarbon.analysis;
