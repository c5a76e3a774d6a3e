package org.dualcarbon.accounting;

import java.math.BigDecimal;

/** One line of accounting input (活动数据), identified so that errors and results can name it. */
public sealed interface ActivityLine {

    String id();

    /** 化石燃料燃烧: a fuel burned (t or 10^4 Nm3), with measured NCV, CC or OF where the unit has them. */
    record FuelCombustion(String id, String fuel, Quantity consumed, BigDecimal measuredNcv, BigDecimal measuredCc,
                          BigDecimal measuredOf) implements ActivityLine {
        public FuelCombustion(String id, String fuel, Quantity consumed) {
            this(id, fuel, consumed, null, null, null);
        }
    }

    /** 过程排放: a carbonate decomposed (t), with its calcination fraction (1 when complete). */
    record CarbonateProcess(String id, String carbonate, Quantity consumed, BigDecimal calcinationFraction)
            implements ActivityLine {
    }

    /**
     * 过程排放（碳质量平衡）: a carbon-bearing material (t) with its measured carbon content (mass fraction) — carbon
     * anodes (C = 1 − S − ash), electrodes, reductants and other carbon inputs; {@code output} for carbon leaving in
     * products or by-products, subtracted.
     */
    record CarbonMassBalance(String id, String material, Quantity quantity, BigDecimal carbonFraction, boolean output)
            implements ActivityLine {
    }

    /** CO2 recovered and used outside the boundary (t), subtracted. */
    record Co2Recovered(String id, Quantity recovered) implements ActivityLine {
    }

    /** 购入电力 (MWh or kWh), and the part covered by green-power certificates for the market-based figure. */
    record PurchasedElectricity(String id, Quantity energy, Quantity greenCertified) implements ActivityLine {
    }

    /** 输出电力 (MWh or kWh), subtracted. */
    record ExportedElectricity(String id, Quantity energy) implements ActivityLine {
    }

    /** 购入热力 (GJ). */
    record PurchasedHeat(String id, Quantity heat) implements ActivityLine {
    }

    /** 输出热力 (GJ), subtracted. */
    record ExportedHeat(String id, Quantity heat) implements ActivityLine {
    }

    /** A non-CO2 greenhouse gas emitted (t of the gas), converted with the report's GWP set. */
    record OtherGas(String id, String gas, Quantity emitted) implements ActivityLine {
    }
}
