package org.dualcarbon.monitoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.junit.jupiter.api.Test;

/** Validity of hours and days after HJ 75-2017 as domain.md §8.3 summarises it ([unverified] there): 45 minutes, 20 hours. */
class PeriodRollupTest {

    static final LocalDateTime HOUR = LocalDateTime.of(2026, 5, 4, 10, 0);

    static List<MinuteAggregate> minutes(String code, int valid, int invalid, String value) {
        List<MinuteAggregate> list = new ArrayList<>();
        for (int i = 0; i < valid + invalid; i++) {
            boolean ok = i < valid;
            BigDecimal v = new BigDecimal(value);
            list.add(new MinuteAggregate(7, 3L, HOUR.plusMinutes(i), code, 2, ok ? 2 : 0, ok ? v : null, ok ? v : null,
                    ok ? v : null, ok ? "N" : "M", "/64/"));
        }
        return list;
    }

    @Test
    void anHourWithFortyFiveValidMinutesIsValid_hj75() {
        Rollup hour = PeriodRollup.hours(minutes("a21026", 45, 15, "20")).get(0);
        assertThat(hour.valid()).isTrue();
        assertThat(hour.partCount()).isEqualTo(60);
        assertThat(hour.validParts()).isEqualTo(45);
        assertThat(hour.mean()).isEqualByComparingTo("20");
    }

    @Test
    void anHourWithFortyFourValidMinutesIsNot_hj75() {
        assertThat(PeriodRollup.hours(minutes("a21026", 44, 16, "20")).get(0).valid()).isFalse();
    }

    @Test
    void aDayNeedsTwentyValidHoursAndAMonthOneValidDay() {
        List<Rollup> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            boolean ok = h < 20;
            hours.add(new Rollup(7, 3L, "HOUR", HOUR.withHour(h), "a21026", 60, ok ? 60 : 0, ok ? BigDecimal.ONE : null,
                    ok ? BigDecimal.TEN : null, ok ? new BigDecimal(h) : null, ok, "/64/"));
        }
        Rollup day = PeriodRollup.rollUp(Period.DAY, hours).get(0);
        assertThat(day.valid()).isTrue();
        assertThat(day.validParts()).isEqualTo(20);
        assertThat(day.mean()).isEqualByComparingTo("9.5"); // mean of 0..19
        assertThat(day.min()).isEqualByComparingTo("1");
        assertThat(day.max()).isEqualByComparingTo("10");
        assertThat(PeriodRollup.rollUp(Period.DAY, hours.subList(1, 24)).get(0).valid()).as("19 valid hours").isFalse();
        Rollup month = PeriodRollup.rollUp(Period.MONTH, List.of(day)).get(0);
        assertThat(month.periodStart()).isEqualTo(LocalDateTime.of(2026, 5, 1, 0, 0));
        assertThat(month.valid()).isTrue();
    }

    @Test
    void theHourlyCo2MassUsesTheHourlyMeansAndConvertsTheFlowWhenFlueConditionsAreReported() {
        Map<String, Rollup> hour = Map.of(
                "a05001", PeriodRollup.hours(minutes("a05001", 60, 0, "200000")).get(0),
                "a00000", PeriodRollup.hours(minutes("a00000", 60, 0, "100")).get(0),
                "a01012", PeriodRollup.hours(minutes("a01012", 60, 0, "120")).get(0),
                "a01013", PeriodRollup.hours(minutes("a01013", 60, 0, "-0.2")).get(0),
                "a01014", PeriodRollup.hours(minutes("a01014", 60, 0, "8")).get(0));
        Co2Hour co2 = HourlyCo2.of(hour).orElseThrow();
        // as CemsMassEmissionTest: 200,000 mg/m³ × 229,616.1057 m³/h × 10⁻⁶ = 45,923.2211 kg/h
        assertThat(co2.flowBasis()).isEqualTo(Co2Hour.CONVERTED);
        assertThat(co2.co2Kg().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("45923.2211");
        assertThat(co2.valid()).isTrue();
    }

    @Test
    void aCo2HourWithAnInvalidFlowHourHasNoMassAndWithoutFlueConditionsTheFlowIsTakenAsReported() {
        Map<String, Rollup> hour = Map.of(
                "a05001", PeriodRollup.hours(minutes("a05001", 60, 0, "200000")).get(0),
                "a00000", PeriodRollup.hours(minutes("a00000", 30, 30, "100")).get(0));
        Co2Hour co2 = HourlyCo2.of(hour).orElseThrow();
        assertThat(co2.valid()).isFalse();
        assertThat(co2.co2Kg()).isNull();
        assertThat(co2.flowBasis()).isEqualTo(Co2Hour.AS_REPORTED);
        Map<String, Rollup> asReported = Map.of(
                "a05001", PeriodRollup.hours(minutes("a05001", 60, 0, "200000")).get(0),
                "a00000", PeriodRollup.hours(minutes("a00000", 60, 0, "100")).get(0));
        // 200,000 × 360,000 × 10⁻⁶ = 72,000 kg/h
        assertThat(HourlyCo2.of(asReported).orElseThrow().co2Kg()).isEqualByComparingTo("72000");
    }
}
