package org.dualcarbon.emissions.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.accounting.ActivityLine;
import org.dualcarbon.accounting.MeasureUnit;
import org.dualcarbon.accounting.Quantity;
import org.dualcarbon.accounting.SectorModule;
import org.dualcarbon.activity.UnitMonthRecord;

/**
 * Turns a unit's monthly activity records of one year into accounting lines: each item's year total becomes one
 * line (its id is the item code). Fuels are burned, purchased electricity and heat are bought, limestone and
 * dolomite are carbonates decomposed in full (F = 1; a measured calcination fraction comes with the reporting
 * forms). Products are not emissions. Items with no accounting rule yet are listed with the reason, not dropped.
 */
public final class InputMapping {

    /** Carbonates by activity item: limestone is counted as CaCO3, dolomite as CaMg(CO3)2 (stoichiometric EF). */
    private static final Map<String, String> CARBONATES = Map.of("LIMESTONE", "CACO3", "DOLOMITE", "CAMG_CO3_2");

    public record Mapped(List<ActivityLine> lines, List<String> notAccounted) {
    }

    private InputMapping() {
    }

    public static Mapped map(List<UnitMonthRecord> records, Map<String, String> itemKinds) {
        return map(records, itemKinds, Map.of());
    }

    /**
     * As {@link #map(List, Map)}, with the per-item figures a reporting form adds: {@code greenCertified} MWh of
     * purchased electricity, a measured {@code calcinationFraction} of a carbonate and the measured
     * {@code carbonFraction} of a carbon-bearing process input (anodes, electrodes), which makes it accountable
     * by carbon mass balance.
     */
    public static Mapped map(List<UnitMonthRecord> records, Map<String, String> itemKinds,
                             Map<String, Map<String, BigDecimal>> extras) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (UnitMonthRecord r : records) {
            totals.merge(r.itemCode(), r.quantity(), BigDecimal::add);
            units.put(r.itemCode(), r.itemUnit());
        }
        List<ActivityLine> lines = new ArrayList<>();
        List<String> notAccounted = new ArrayList<>();
        totals.forEach((item, amount) -> {
            String kind = itemKinds.get(item);
            String unit = units.get(item);
            Map<String, BigDecimal> extra = extras.getOrDefault(item, Map.of());
            if ("ELECTRICITY".equals(item)) {
                BigDecimal green = extra.get("greenCertified");
                lines.add(new ActivityLine.PurchasedElectricity(item, new Quantity(amount, MeasureUnit.MWH),
                        green == null ? null : new Quantity(green, MeasureUnit.MWH)));
            } else if ("HEAT".equals(item)) {
                lines.add(new ActivityLine.PurchasedHeat(item, new Quantity(amount, MeasureUnit.GJ)));
            } else if ("ENERGY".equals(kind)) {
                lines.add(new ActivityLine.FuelCombustion(item, item, new Quantity(amount,
                        "10^4 Nm3".equals(unit) ? MeasureUnit.TEN_THOUSAND_NM3 : MeasureUnit.T)));
            } else if (CARBONATES.containsKey(item)) {
                lines.add(new ActivityLine.CarbonateProcess(item, CARBONATES.get(item), new Quantity(amount, MeasureUnit.T),
                        extra.getOrDefault("calcinationFraction", BigDecimal.ONE)));
            } else if ("PROCESS_INPUT".equals(kind) && extra.get("carbonFraction") != null) {
                lines.add(new ActivityLine.CarbonMassBalance(item, item, new Quantity(amount, MeasureUnit.T),
                        extra.get("carbonFraction"), false));
            } else if ("PROCESS_INPUT".equals(kind)) {
                notAccounted.add(item + ": 需实测含碳量（碳质量平衡法 E = Q × C × 44/12），由填报表提供 / needs the measured "
                        + "carbon content (mass balance E = Q × C × 44/12), entered with the reporting form");
            }
        });
        return new Mapped(lines, notAccounted);
    }

    public static SectorModule sectorOf(String sector) {
        if (sector == null) {
            return SectorModule.GENERAL_INDUSTRY;
        }
        return switch (sector) {
            case "POWER" -> SectorModule.POWER;
            case "STEEL" -> SectorModule.IRON_AND_STEEL;
            case "CEMENT" -> SectorModule.CEMENT;
            case "ALUMINIUM" -> SectorModule.ALUMINIUM;
            default -> SectorModule.GENERAL_INDUSTRY;
        };
    }
}
