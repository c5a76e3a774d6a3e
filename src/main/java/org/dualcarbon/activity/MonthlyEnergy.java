package org.dualcarbon.activity;

import java.math.BigDecimal;

/** Energy consumption of a scope in one month, in tonnes of standard coal equivalent. */
public record MonthlyEnergy(int year, int month, BigDecimal tce) {

    public String label() {
        return year + "-" + (month < 10 ? "0" : "") + month;
    }
}
