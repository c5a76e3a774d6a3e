package org.dualcarbon.factors;

import java.math.BigDecimal;

/**
 * One factor row of a library version, as used by a calculation: its identity ({@code name}, unique in the
 * version), what it gives, the years it applies to, its value and unit, and its citation — standard or document,
 * table/row, and the verification status that domain.md gives it (verified / secondary / unverified).
 */
public record Factor(String library, String version, String name, FactorParameter parameter, String subject,
                     String region, int validFrom, int validTo, BigDecimal value, String unit, String source,
                     String reference, String status) {

    /** The value with the digits its source gives (19.570 stays 19.570). */
    public String plainValue() {
        return value.toPlainString();
    }

    public boolean appliesTo(int year) {
        return year >= validFrom && year <= validTo;
    }
}
