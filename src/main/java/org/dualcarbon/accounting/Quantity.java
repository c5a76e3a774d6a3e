package org.dualcarbon.accounting;

import java.math.BigDecimal;

/** An amount with its unit; conversions are exact and only between units of the same kind. */
public record Quantity(BigDecimal value, MeasureUnit unit) {

    public static Quantity of(String value, MeasureUnit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /** The amount in {@code target}, or an {@link AccountingInputException} naming the line and field. */
    BigDecimal in(MeasureUnit target, String lineId, String field) {
        BigDecimal factor = unit.factorTo(target);
        if (factor == null) {
            throw new AccountingInputException(lineId, field, "单位应为 " + target.symbol() + "，实为 " + unit.symbol()
                    + " / unit must be " + target.symbol() + ", not " + unit.symbol());
        }
        return value.multiply(factor);
    }
}
