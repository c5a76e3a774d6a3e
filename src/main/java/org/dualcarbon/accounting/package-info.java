/**
 * The accounting engine (碳排放核算) per GB/T 32150-2015's structure: fuel combustion, industrial processes, CO2
 * recovered, purchased and exported electricity and heat, non-CO2 gases in CO2e; sector modules decide which
 * lines a report may carry. Plain Java on BigDecimal with factors from the factor libraries; every result line
 * keeps its inputs, the factor rows used and its formula (lineage).
 */
package org.dualcarbon.accounting;
