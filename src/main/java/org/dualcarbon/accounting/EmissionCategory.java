package org.dualcarbon.accounting;

/** Where an emission comes from in GB/T 32150's total; direct ones are the unit's own (Scope 1-like). */
public enum EmissionCategory {
    COMBUSTION(true), PROCESS(true), RECOVERY(true), NON_CO2(true),
    PURCHASED_ELECTRICITY(false), EXPORTED_ELECTRICITY(false), PURCHASED_HEAT(false), EXPORTED_HEAT(false);

    private final boolean direct;

    EmissionCategory(boolean direct) {
        this.direct = direct;
    }

    public boolean direct() {
        return direct;
    }
}
