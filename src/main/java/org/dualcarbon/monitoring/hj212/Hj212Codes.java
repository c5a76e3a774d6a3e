package org.dualcarbon.monitoring.hj212;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes the platform knows (气, flue gas): exactly those domain.md §8.1 lists, {@code [secondary: public enum]}.
 * Units are {@code [secondary]} as well: they come from a public transcription of the HJ 212-2017 annex
 * (srdgame/lua-HJ212, {@code hj212.csv}, columns 单位 and 排放量), not from the standard itself. Codes outside this
 * table (water, device status, other gases) are unknown: the parser keeps them, marks them unknown, and accepts them
 * only with {@link Hj212Deviation#UNKNOWN_CODES_ALLOWED}.
 */
public final class Hj212Codes {

    /** Where every entry comes from; check against the HJ 212-2017 annex before treating the table as official. */
    public static final String SOURCE = "[secondary] codes and Chinese names: domain.md §8.1 (public enum); "
            + "units: srdgame/lua-HJ212 hj212.csv (transcription of the HJ 212-2017 annex)";

    private static final Map<String, Hj212Pollutant> BY_CODE = table(
            entry("a00000", "废气", "flue gas flow", "m³/s", "m³"),
            entry("a01011", "烟气流速", "flue gas velocity", "m/s", null),
            entry("a01012", "烟气温度", "flue gas temperature", "℃", null),
            entry("a01013", "烟气压力", "flue gas pressure", "kPa", null),
            entry("a01014", "烟气湿度", "flue gas humidity", "%", null),
            entry("a01016", "烟道截面积", "flue cross-section area", "m²", null),
            entry("a19001", "氧气含量", "oxygen content", "%", null),
            entry("a21026", "二氧化硫", "sulphur dioxide (SO2)", "mg/m³", "kg"),
            entry("a21002", "氮氧化物", "nitrogen oxides (NOx)", "mg/m³", "kg"),
            entry("a21005", "一氧化碳", "carbon monoxide (CO)", "mg/m³", "kg"),
            entry("a34013", "烟尘", "particulate matter (dust)", "mg/m³", "kg"),
            entry("a05001", "二氧化碳", "carbon dioxide (CO2)", "mg/m³", "kg"),
            // ng/m³ and g as transcribed; implausible for a stack CEMS, so check the annex before relying on it
            entry("a05002", "甲烷", "methane (CH4)", "ng/m³", "g"));

    private Hj212Codes() {
    }

    public static Optional<Hj212Pollutant> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean isKnown(String code) {
        return BY_CODE.containsKey(code);
    }

    /** All entries in table order. */
    public static List<Hj212Pollutant> all() {
        return List.copyOf(BY_CODE.values());
    }

    private static Hj212Pollutant entry(String code, String chineseName, String englishName, String unit,
                                        String cumulativeUnit) {
        return new Hj212Pollutant(code, chineseName, englishName, unit, Optional.ofNullable(cumulativeUnit), SOURCE);
    }

    private static Map<String, Hj212Pollutant> table(Hj212Pollutant... entries) {
        Map<String, Hj212Pollutant> byCode = new LinkedHashMap<>();
        for (Hj212Pollutant entry : entries) {
            byCode.put(entry.code(), entry);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
