/**
 * Accounted emissions (碳排放核算结果): runs of the accounting engine over a unit's activity data for a year under
 * the active factor-library versions, stored with full lineage — inputs, factor rows, formula — so that any figure
 * can be explained down to its inputs; a recomputation is a new run beside the old one.
 */
package org.dualcarbon.emissions;
