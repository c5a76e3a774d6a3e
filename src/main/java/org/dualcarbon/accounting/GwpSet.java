package org.dualcarbon.accounting;

/** The IPCC report whose 100-year GWP values a report uses; one set per report, never mixed (domain.md §1.5). */
public enum GwpSet { SAR, AR4, AR5, AR6 }
