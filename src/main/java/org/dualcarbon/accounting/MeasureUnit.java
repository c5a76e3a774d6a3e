package org.dualcarbon.accounting;

import java.math.BigDecimal;

/** Units accounting input may come in, with the exact conversion to the unit each line type needs. */
public enum MeasureUnit {
    T("t"), TEN_THOUSAND_NM3("10^4 Nm3"), MWH("MWh"), KWH("kWh"), GJ("GJ");

    private final String symbol;

    MeasureUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The factor to multiply by to get {@code target}, when the two measure the same thing; null otherwise. */
    BigDecimal factorTo(MeasureUnit target) {
        if (this == target) {
            return BigDecimal.ONE;
        }
        if (this == KWH && target == MWH) {
            return new BigDecimal("0.001");
        }
        if (this == MWH && target == KWH) {
            return new BigDecimal("1000");
        }
        return null;
    }
}
