package org.dualcarbon.accounting;

/**
 * The accounting standard a report follows. It fixes the GWP set of every CO2e figure of the report — one set per
 * report, never mixed (domain.md §1.5) — and carries the status of that attribution, which pages show.
 */
public enum ReportingStandard {
    /**
     * GB/T 32150-2015 with the national industry guidelines of 2013–2015 (发改办气候〔2013〕2526号 and later batches);
     * said to use SAR (CH4 21, N2O 310), the guidelines' text not seen.
     */
    INDUSTRY_GUIDELINES_2013_2015("GB/T 32150-2015 与行业企业温室气体排放核算方法与报告指南（2013–2015）", GwpSet.SAR,
            "unverified"),
    /** 《中国电网企业温室气体排放核算方法与报告指南（试行）》: SAR, read in its text ("GWP_SF6 … 23900"). */
    GRID_GUIDELINE_2013("中国电网企业温室气体排放核算方法与报告指南（试行）", GwpSet.SAR, "verified"),
    /** 《省级温室气体清单编制指南（试行）》: said to use SAR. */
    PROVINCIAL_INVENTORY_GUIDELINE("省级温室气体清单编制指南（试行）", GwpSet.SAR, "unverified"),
    /** GB/T 32151.22-2024 §5.2.3.1 / §5.2.5.1: AR6 (CH4 27.9, N2O 273), from a secondary source. */
    GBT_32151_22_2024("GB/T 32151.22-2024 温室气体排放核算与报告要求 第22部分：畜禽养殖企业", GwpSet.AR6, "secondary"),
    /** Biennial transparency reports under the Paris Agreement: AR5. */
    BIENNIAL_TRANSPARENCY_REPORT("《巴黎协定》双年透明度报告（BTR）口径", GwpSet.AR5, "unverified");

    private final String title;
    private final GwpSet gwpSet;
    private final String status;

    ReportingStandard(String title, GwpSet gwpSet, String status) {
        this.title = title;
        this.gwpSet = gwpSet;
        this.status = status;
    }

    public String title() {
        return title;
    }

    public GwpSet gwpSet() {
        return gwpSet;
    }

    /** verified / secondary / unverified: how sure we are that the standard prescribes this GWP set. */
    public String status() {
        return status;
    }

    /** The standard an enterprise report of the sector follows unless the report names another. */
    public static ReportingStandard defaultFor(SectorModule sector) {
        return INDUSTRY_GUIDELINES_2013_2015;
    }
}
