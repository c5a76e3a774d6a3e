package org.dualcarbon.accounting;

import java.util.Set;

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
    BIENNIAL_TRANSPARENCY_REPORT("《巴黎协定》双年透明度报告（BTR）口径", GwpSet.AR5, "unverified"),
    /**
     * National ETS, power generation: 《企业温室气体排放核算方法与报告指南 发电设施》(2021). CO2 only (no GWP applies);
     * unmeasured coal carbon content 0.03356 tC/GJ and coal oxidation 99 % (§6.2.3.5, §6.2.4.1), oil and gas from
     * 附表B.1, purchased electricity with the national ETS grid factor of the reporting year (0.6101 / 0.5810 /
     * 0.5703) and not at all from 2023, when the allocation plan took it out of the market's scope.
     */
    ETS_POWER_2021("全国碳市场 发电设施（企业温室气体排放核算方法与报告指南 发电设施 2021）", GwpSet.SAR, "verified");

    /** The fuels the power guideline's coal defaults (subject COAL) apply to. */
    static final Set<String> COAL_FUELS = Set.of("RAW_COAL", "ANTHRACITE", "BITUMINOUS_COAL", "LIGNITE",
            "WASHED_COAL", "OTHER_WASHED_COAL", "BRIQUETTE");

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

    /** Whether the report follows the national ETS power guideline (CO2 only, ETS grid factor, coal defaults). */
    public boolean etsPower() {
        return this == ETS_POWER_2021;
    }

    /** The factor-library subject of purchased electricity: the ETS national grid factor, or the MEE/NBS average. */
    String gridSubject() {
        return etsPower() ? "GRID_ETS" : "GRID";
    }

    /** The subject whose CC and OF rows apply to a fuel: the guideline's coal defaults for coal under the ETS. */
    String carbonSubject(String fuel) {
        return etsPower() && COAL_FUELS.contains(fuel) ? "COAL" : fuel;
    }

    /** The standard an enterprise report of the sector follows unless the report names another. */
    public static ReportingStandard defaultFor(SectorModule sector) {
        return INDUSTRY_GUIDELINES_2013_2015;
    }
}
