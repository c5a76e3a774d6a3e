package org.dualcarbon.demo;

import java.util.List;
import java.util.Map;

/**
 * A kind of demo enterprise: its GB/T 4754-2017 class, how many the demo has, how it is named, and the units it
 * runs with their monthly behaviour. Intensities are round, plausible figures for the industry, not reference
 * values: e.g. ~300 gce/kWh for coal power (0.42 t raw coal per MWh), ~13.5 MWh and 0.42 t anode per tonne of
 * primary aluminium, ~1.25 t limestone and ~0.16 t coal per tonne of clinker.
 */
record SectorProfile(String industryCode, int count, String noun, boolean etsKeyEmitter, boolean inPark,
                     List<UnitTemplate> units) {

    /** A unit an enterprise of this kind runs: kind, name, capacity range and the model of its months. */
    record UnitTemplate(String kind, String name, double minCapacity, double maxCapacity, String capacityUnit,
                        List<String> items, UnitModel model) {
    }

    static List<SectorProfile> all() {
        return List.of(coalPower(), combinedHeatAndPower(), ferroalloy(), electricSteel(), cement(), coalToMethanol(),
                coking(), calciumCarbide(), aluminium(), dataCentre(), mall(), hospital(), hotel());
    }

    private static SectorProfile coalPower() {
        return new SectorProfile("4411", 6, "发电", true, false, List.of(new UnitTemplate("GENERATING_UNIT",
                "%d号机组 %.0fMW 燃煤发电机组", 330, 660, "MW", List.of("RAW_COAL", "DIESEL", "POWER_GENERATED"),
                (cap, m) -> {
                    double mwh = cap * 730 * 0.6 * UnitModel.powerDemand(m);
                    return Map.of("POWER_GENERATED", mwh, "RAW_COAL", mwh * 0.42, "DIESEL", mwh * 0.00002);
                })));
    }

    private static SectorProfile combinedHeatAndPower() {
        return new SectorProfile("4412", 4, "热电", true, true, List.of(new UnitTemplate("CHP_UNIT",
                "%d号热电联产机组 %.0fMW", 150, 350, "MW", List.of("RAW_COAL", "POWER_GENERATED", "HEAT_SUPPLIED"),
                (cap, m) -> {
                    double mwh = cap * 730 * (UnitModel.heating(m) ? 0.72 : 0.5);
                    double heat = mwh * (UnitModel.heating(m) ? 4.5 : 0.6);
                    return Map.of("POWER_GENERATED", mwh, "HEAT_SUPPLIED", heat, "RAW_COAL", mwh * 0.41 + heat * 0.05);
                })));
    }

    private static SectorProfile ferroalloy() {
        return new SectorProfile("3140", 6, "铁合金", true, true, List.of(new UnitTemplate("SUBMERGED_ARC_FURNACE",
                "%d号 %.0fMVA 硅锰合金矿热炉", 25, 40, "MVA", List.of("ELECTRICITY", "COKE", "FERROALLOY"),
                (cap, m) -> {
                    double tonnes = cap * 110 * UnitModel.industry(m);
                    return Map.of("FERROALLOY", tonnes, "ELECTRICITY", tonnes * 4.2, "COKE", tonnes * 0.45);
                })));
    }

    private static SectorProfile electricSteel() {
        return new SectorProfile("3120", 2, "特钢", true, false, List.of(new UnitTemplate("ELECTRIC_FURNACE",
                "%d号 %.0ft 电弧炉", 60, 120, "t", List.of("ELECTRICITY", "NATURAL_GAS", "ELECTRODE", "CRUDE_STEEL"),
                (cap, m) -> {
                    double tonnes = cap * 400 * UnitModel.industry(m);
                    return Map.of("CRUDE_STEEL", tonnes, "ELECTRICITY", tonnes * 0.42, "NATURAL_GAS", tonnes * 0.0025,
                            "ELECTRODE", tonnes * 0.0016);
                })));
    }

    private static SectorProfile cement() {
        return new SectorProfile("3011", 6, "水泥", true, false, List.of(
                new UnitTemplate("KILN", "%d号熟料生产线 %.0ft/d", 2500, 5000, "t/d",
                        List.of("RAW_COAL", "LIMESTONE", "ELECTRICITY", "CLINKER"),
                        (cap, m) -> {
                            double clinker = cap * 30 * 0.92 * UnitModel.cementStagger(m);
                            return Map.of("CLINKER", clinker, "LIMESTONE", clinker * 1.25, "RAW_COAL", clinker * 0.16,
                                    "ELECTRICITY", clinker * 0.055);
                        }),
                new UnitTemplate("PROCESS_LINE", "%d号水泥粉磨系统 %.0f万t/a", 100, 200, "10^4 t/a",
                        List.of("ELECTRICITY", "CEMENT"),
                        (cap, m) -> {
                            double cementTonnes = cap * 10000 / 12 * 0.85 * UnitModel.cementStagger(m);
                            return Map.of("CEMENT", cementTonnes, "ELECTRICITY", cementTonnes * 0.035);
                        })));
    }

    private static SectorProfile coalToMethanol() {
        return new SectorProfile("2522", 3, "煤化工", true, true, List.of(new UnitTemplate("GASIFIER",
                "%d号煤气化制甲醇装置 %.0f万t/a", 30, 60, "10^4 t/a", List.of("RAW_COAL", "ELECTRICITY", "METHANOL"),
                (cap, m) -> {
                    double tonnes = cap * 10000 / 12 * 0.9;
                    return Map.of("METHANOL", tonnes, "RAW_COAL", tonnes * 1.55, "ELECTRICITY", tonnes * 0.2);
                })));
    }

    private static SectorProfile coking() {
        return new SectorProfile("2521", 3, "焦化", true, true, List.of(new UnitTemplate("COKE_OVEN",
                "%d号焦炉 %.0f万t/a", 60, 120, "10^4 t/a", List.of("WASHED_COAL", "COKE_OVEN_GAS", "ELECTRICITY", "COKE_OUTPUT"),
                (cap, m) -> {
                    double coke = cap * 10000 / 12 * 0.9 * UnitModel.industry(m);
                    return Map.of("COKE_OUTPUT", coke, "WASHED_COAL", coke * 1.33, "COKE_OVEN_GAS", coke * 0.018,
                            "ELECTRICITY", coke * 0.03);
                })));
    }

    private static SectorProfile calciumCarbide() {
        return new SectorProfile("2619", 3, "电石", true, true, List.of(new UnitTemplate("SUBMERGED_ARC_FURNACE",
                "%d号 %.0fMVA 密闭电石炉", 30, 45, "MVA", List.of("ELECTRICITY", "COKE", "CALCIUM_CARBIDE"),
                (cap, m) -> {
                    double tonnes = cap * 160 * UnitModel.industry(m);
                    return Map.of("CALCIUM_CARBIDE", tonnes, "ELECTRICITY", tonnes * 3.3, "COKE", tonnes * 0.58);
                })));
    }

    private static SectorProfile aluminium() {
        return new SectorProfile("3216", 2, "铝业", true, true, List.of(new UnitTemplate("ELECTROLYSIS_LINE",
                "%d号 %.0fkA 电解系列", 350, 500, "kA", List.of("ELECTRICITY", "CARBON_ANODE", "PRIMARY_ALUMINIUM"),
                (cap, m) -> {
                    double tonnes = cap * 62;
                    return Map.of("PRIMARY_ALUMINIUM", tonnes, "ELECTRICITY", tonnes * 13.5, "CARBON_ANODE", tonnes * 0.42);
                })));
    }

    private static SectorProfile dataCentre() {
        return new SectorProfile("6550", 3, "云计算数据", false, false, List.of(new UnitTemplate("BUILDING",
                "%d号数据中心楼 %.0f机架", 2000, 6000, "机架", List.of("ELECTRICITY", "DIESEL"),
                (cap, m) -> Map.of("ELECTRICITY", cap * 2.6 * UnitModel.cooling(m), "DIESEL", cap * 0.00004))));
    }

    private static SectorProfile mall() {
        return new SectorProfile("5211", 2, "商业广场", false, false, List.of(new UnitTemplate("BUILDING",
                "%d号商业综合体 %.0f万m²", 8, 20, "10^4 m2", List.of("ELECTRICITY", "NATURAL_GAS"),
                (cap, m) -> Map.of("ELECTRICITY", cap * 90 * UnitModel.cooling(m),
                        "NATURAL_GAS", cap * (UnitModel.heating(m) ? 1.6 : 0.2)))));
    }

    private static SectorProfile hospital() {
        return new SectorProfile("8411", 2, "医院", false, false, List.of(new UnitTemplate("BUILDING",
                "%d号院区 %.0f张床位", 800, 2000, "床", List.of("ELECTRICITY", "NATURAL_GAS", "HEAT"),
                (cap, m) -> Map.of("ELECTRICITY", cap * 0.9 * UnitModel.cooling(m),
                        "NATURAL_GAS", cap * 0.004, "HEAT", UnitModel.heating(m) ? cap * 6.5 : 0.0))));
    }

    private static SectorProfile hotel() {
        return new SectorProfile("6110", 2, "酒店", false, false, List.of(new UnitTemplate("BUILDING",
                "%d号楼 %.0f间客房", 300, 600, "间", List.of("ELECTRICITY", "NATURAL_GAS", "LPG"),
                (cap, m) -> Map.of("ELECTRICITY", cap * 1.1 * UnitModel.cooling(m),
                        "NATURAL_GAS", cap * (UnitModel.heating(m) ? 0.012 : 0.004), "LPG", cap * 0.003))));
    }
}
