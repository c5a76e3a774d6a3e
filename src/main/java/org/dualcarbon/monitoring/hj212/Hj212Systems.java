package org.dualcarbon.monitoring.hj212;

/** System codes, the ST field (系统编码), that the platform uses; domain.md §8.1 {@code [secondary: public codec enum]}. */
public final class Hj212Systems {

    /** 31 大气环境污染源: stack emissions to air, where CEMS report. */
    public static final String AIR_POLLUTION_SOURCE = "31";
    /** 32 地表水体污染源: discharges to surface water (the ST of the published example, domain.md §8.1). */
    public static final String SURFACE_WATER_POLLUTION_SOURCE = "32";
    /** 91 系统交互: replies and other system traffic ({@link Hj212Replies}). */
    public static final String SYSTEM_INTERACTION = "91";

    private Hj212Systems() {
    }
}
