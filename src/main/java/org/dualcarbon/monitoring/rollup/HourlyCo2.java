package org.dualcarbon.monitoring.rollup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.monitoring.CemsMassEmission;

/**
 * The hourly CO2 mass of one CEMS from its hourly roll-ups (domain.md §8.3): the hourly mean of a05001 (CO2, mg/m³,
 * taken as dry and at standard conditions, as an extractive CEMS reports it) × the hourly mean of a00000 (flue-gas
 * flow, m³/s in HJ 212's table, so ×3600). When the device also reports flue temperature (a01012, °C), static pressure
 * (a01013, kPa) and humidity (a01014, % vol), the flow is taken as measured at flue conditions and converted to
 * standard dry; otherwise it is taken as already standard dry, and the row says so. The hour is valid only when every
 * code it uses is valid for the hour.
 */
public final class HourlyCo2 {

    public static final String CO2 = "a05001";
    public static final String FLOW = "a00000";
    public static final String TEMPERATURE = "a01012";
    public static final String PRESSURE = "a01013";
    public static final String HUMIDITY = "a01014";
    /**
     * Barometric pressure B_a where the site sends none: the standard atmosphere, 101325 Pa (domain.md §8.3). A
     * platform default, not a measurement: a site far above sea level needs its own value.
     */
    public static final BigDecimal DEFAULT_BAROMETRIC_PA = CemsMassEmission.STANDARD_PRESSURE;
    private static final BigDecimal KPA = new BigDecimal("1000");
    private static final BigDecimal PERCENT = new BigDecimal("100");

    private HourlyCo2() {
    }

    /** The hour's CO2 row, if the device reported CO2 and flow in that hour; {@code hour} maps code → HOUR roll-up. */
    public static Optional<Co2Hour> of(Map<String, Rollup> hour) {
        Rollup co2 = hour.get(CO2);
        Rollup flow = hour.get(FLOW);
        if (co2 == null || flow == null) {
            return Optional.empty();
        }
        boolean converted = hour.containsKey(TEMPERATURE) && hour.containsKey(PRESSURE) && hour.containsKey(HUMIDITY);
        boolean valid = co2.valid() && flow.valid()
                && (!converted || hour.get(TEMPERATURE).valid() && hour.get(PRESSURE).valid() && hour.get(HUMIDITY).valid());
        BigDecimal flowSn = null;
        BigDecimal mass = null;
        if (valid) {
            BigDecimal perHour = CemsMassEmission.perSecondToPerHour(flow.mean());
            flowSn = converted ? CemsMassEmission.standardDryFlow(perHour, hour.get(TEMPERATURE).mean(),
                    hour.get(PRESSURE).mean().multiply(KPA), DEFAULT_BAROMETRIC_PA,
                    hour.get(HUMIDITY).mean().divide(PERCENT, CemsMassEmission.MATH)) : perHour;
            mass = CemsMassEmission.hourlyMassKg(co2.mean(), flowSn);
        }
        return Optional.of(new Co2Hour(co2.deviceId(), co2.unitId(), co2.periodStart(), co2.valid() ? co2.mean() : null,
                flowSn, mass, valid, converted ? Co2Hour.CONVERTED : Co2Hour.AS_REPORTED, co2.scopePath()));
    }
}
