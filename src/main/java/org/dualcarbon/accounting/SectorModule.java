package org.dualcarbon.accounting;

import java.util.Set;

/**
 * The sector rules of GB/T 32151 that the engine applies: which kinds of line a report of the sector may carry.
 * A line the sector does not account is refused with its id, so a mistaken template cannot slip through.
 */
public enum SectorModule {
    /** GB/T 32151.1 发电企业: combustion (incl. desulphurisation carbonate) and purchased electricity. */
    POWER(Set.of(ActivityLine.FuelCombustion.class, ActivityLine.CarbonateProcess.class, ActivityLine.PurchasedElectricity.class)),
    /** GB/T 32151.5 钢铁生产: combustion, flux and carbon (electrodes, reductants, products) process, recovery, electricity and heat. */
    IRON_AND_STEEL(Set.of(ActivityLine.FuelCombustion.class, ActivityLine.CarbonateProcess.class,
            ActivityLine.CarbonMassBalance.class,
            ActivityLine.Co2Recovered.class, ActivityLine.PurchasedElectricity.class, ActivityLine.ExportedElectricity.class,
            ActivityLine.PurchasedHeat.class, ActivityLine.ExportedHeat.class)),
    /** GB/T 32151.8 水泥: combustion, raw-meal carbonate decomposition, electricity and heat. */
    CEMENT(Set.of(ActivityLine.FuelCombustion.class, ActivityLine.CarbonateProcess.class,
            ActivityLine.PurchasedElectricity.class, ActivityLine.PurchasedHeat.class)),
    /** GB/T 32151.4 铝冶炼: combustion, anode and carbonate process CO2, PFC gases, electricity and heat. */
    ALUMINIUM(Set.of(ActivityLine.FuelCombustion.class, ActivityLine.CarbonateProcess.class,
            ActivityLine.CarbonMassBalance.class, ActivityLine.OtherGas.class,
            ActivityLine.PurchasedElectricity.class, ActivityLine.ExportedElectricity.class, ActivityLine.PurchasedHeat.class)),
    /** GB/T 32150 通则: every kind of line. */
    GENERAL_INDUSTRY(Set.of(ActivityLine.FuelCombustion.class, ActivityLine.CarbonateProcess.class,
            ActivityLine.CarbonMassBalance.class,
            ActivityLine.Co2Recovered.class, ActivityLine.PurchasedElectricity.class, ActivityLine.ExportedElectricity.class,
            ActivityLine.PurchasedHeat.class, ActivityLine.ExportedHeat.class, ActivityLine.OtherGas.class));

    private final Set<Class<? extends ActivityLine>> allowed;

    SectorModule(Set<Class<? extends ActivityLine>> allowed) {
        this.allowed = allowed;
    }

    void check(ActivityLine line) {
        if (!allowed.contains(line.getClass())) {
            throw new AccountingInputException(line.id(), "type", "本行业核算不含此类排放 / the " + name()
                    + " module does not account " + line.getClass().getSimpleName());
        }
    }
}
