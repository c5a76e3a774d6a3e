package org.dualcarbon.factors;

/** What a factor row gives, with the unit its value must be in. */
public enum FactorParameter {
    /** 低位发热量: GJ/t for solid and liquid fuels, GJ/10^4 Nm3 for gases. */
    NCV,
    /** 单位热值含碳量: tC/GJ. */
    CC,
    /** 碳氧化率: a fraction (0–1). */
    OF,
    /** Process emission factor of a carbonate or material: tCO2/t. */
    EF_PROCESS,
    /** Electricity CO2 factor: tCO2/MWh. */
    EF_ELECTRICITY,
    /** Heat CO2 factor: tCO2/GJ. */
    EF_HEAT,
    /** Global warming potential, 100-year: tCO2e/t of the gas. */
    GWP,
    /** Conversion to standard coal: tce per unit of the energy carrier. */
    TCE
}
