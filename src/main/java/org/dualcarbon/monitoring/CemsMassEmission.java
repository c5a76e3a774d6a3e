package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * CO2 mass emission measured by a CEMS (烟气排放连续监测系统), after domain.md §8.3 (HJ 75-2017 style):
 * <pre>
 * E_h (kg/h) = C_CO2 (mg/m³, dry, standard) × Q_sn (m³/h, dry, standard) × 10⁻⁶
 * Q_sn = Q_s × 273/(273 + t_s) × (B_a + P_s)/101325 × (1 − X_sw)
 * C_dry = C_wet / (1 − X_sw)
 * C (mg/m³) = ppm × M/22.414,  M(CO2) = 44.0095 g/mol
 * </pre>
 * No O2-reference correction is applied to CO2 mass (domain.md §8.3). Plain Java, decimal arithmetic in
 * {@link #MATH}; callers round for display only.
 */
public final class CemsMassEmission {

    public static final MathContext MATH = MathContext.DECIMAL64;
    /** Molar mass of CO2, g/mol (domain.md §8.3). */
    public static final BigDecimal CO2_MOLAR_MASS = new BigDecimal("44.0095");
    /** Molar volume of an ideal gas at 273.15 K and 101.325 kPa, L/mol (domain.md §8.3). */
    public static final BigDecimal MOLAR_VOLUME = new BigDecimal("22.414");
    /** Standard temperature in the flow formula as domain.md §8.3 writes it, K (the text gives 273; 273.15 exactly). */
    public static final BigDecimal STANDARD_TEMPERATURE = new BigDecimal("273");
    /** Standard pressure, Pa (domain.md §8.3). */
    public static final BigDecimal STANDARD_PRESSURE = new BigDecimal("101325");
    private static final BigDecimal MG_TO_KG = new BigDecimal("1E-6");
    private static final BigDecimal SECONDS_PER_HOUR = new BigDecimal("3600");

    private CemsMassEmission() {
    }

    /** Hourly mass, kg/h, from a dry standard concentration (mg/m³) and a dry standard flow (m³/h). */
    public static BigDecimal hourlyMassKg(BigDecimal concentrationMgPerM3, BigDecimal standardDryFlowM3PerHour) {
        return concentrationMgPerM3.multiply(standardDryFlowM3PerHour, MATH).multiply(MG_TO_KG, MATH);
    }

    /**
     * The flow at standard conditions, dry: Q_s actual (wet, at flue temperature and pressure) in m³/h, flue gas
     * temperature t_s in °C, static pressure P_s and barometric pressure B_a in Pa, moisture X_sw as a fraction.
     */
    public static BigDecimal standardDryFlow(BigDecimal actualFlowM3PerHour, BigDecimal flueTemperatureC,
                                             BigDecimal staticPressurePa, BigDecimal barometricPressurePa,
                                             BigDecimal moistureFraction) {
        requireFraction(moistureFraction);
        BigDecimal temperature = STANDARD_TEMPERATURE.divide(STANDARD_TEMPERATURE.add(flueTemperatureC), MATH);
        BigDecimal pressure = barometricPressurePa.add(staticPressurePa).divide(STANDARD_PRESSURE, MATH);
        return actualFlowM3PerHour.multiply(temperature, MATH).multiply(pressure, MATH)
                .multiply(BigDecimal.ONE.subtract(moistureFraction), MATH);
    }

    /** A wet-basis concentration as dry basis: C_wet / (1 − X_sw). */
    public static BigDecimal dryConcentration(BigDecimal wetConcentration, BigDecimal moistureFraction) {
        requireFraction(moistureFraction);
        return wetConcentration.divide(BigDecimal.ONE.subtract(moistureFraction), MATH);
    }

    /** A CO2 volume fraction in ppm (µmol/mol) as mg/m³ at standard conditions: ppm × 44.0095/22.414. */
    public static BigDecimal co2PpmToMgPerM3(BigDecimal ppm) {
        return ppm.multiply(CO2_MOLAR_MASS, MATH).divide(MOLAR_VOLUME, MATH);
    }

    /** HJ 212 reports flue-gas flow (a00000) in m³/s (Hj212Codes, secondary): as m³/h. */
    public static BigDecimal perSecondToPerHour(BigDecimal m3PerSecond) {
        return m3PerSecond.multiply(SECONDS_PER_HOUR, MATH);
    }

    private static void requireFraction(BigDecimal moisture) {
        if (moisture.signum() < 0 || moisture.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("moisture fraction X_sw must be in [0, 1): " + moisture);
        }
    }
}
