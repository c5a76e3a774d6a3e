package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.ThresholdTableRefused;
import org.dualcarbon.monitoring.MonitoringWarning.Cause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warning rules of rules/monitoring on the pseudo clock, with the shipped threshold table: SO2 above 35 mg/m³
 * for 30 minutes, CO2 changing faster than 20,000 mg/m³ per minute, CO2 or flow stuck for 60 minutes, no data for 60
 * minutes. Each warning is raised once per episode at the simulated minute the window fills.
 */
class WarningRulesTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 4, 8, 0);
    static final long UNIT = 5L;

    final WarningSession session = WarningSession.shipped();

    @AfterEach
    void close() {
        session.close();
    }

    static MinuteAggregate minute(long device, int offset, String code, String value) {
        BigDecimal v = new BigDecimal(value);
        return new MinuteAggregate(device, UNIT, T0.plusMinutes(offset), code, 2, 2, v, v, v, "N", "/64/");
    }

    static MinuteAggregate varying(long device, int offset, String code, String min, String max) {
        BigDecimal lo = new BigDecimal(min);
        BigDecimal hi = new BigDecimal(max);
        return new MinuteAggregate(device, UNIT, T0.plusMinutes(offset), code, 2, 2, lo, hi,
                lo.add(hi).divide(BigDecimal.valueOf(2)), "N", "/64/");
    }

    List<MonitoringWarning> feed(MinuteAggregate... minutes) {
        return session.feed(List.of(minutes));
    }

    @Test
    void so2AboveItsLimitForThirtyMinutesWarnsOnceAtTheThirtiethMinuteAndClearsWhenBackWithin() {
        List<MonitoringWarning> events = new ArrayList<>();
        for (int m = 0; m < 29; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        assertThat(events).as("29 minutes over 35 mg/m³ are not yet 30").isEmpty();
        events.addAll(feed(minute(1, 29, "a21026", "41")));
        assertThat(events).singleElement().satisfies(w -> {
            assertThat(w.raised()).isTrue();
            assertThat(w.cause()).isEqualTo(Cause.EXCEEDANCE);
            assertThat(w.thresholdName()).isEqualTo("EXCEED.SO2");
            assertThat(w.at()).isEqualTo(T0.plusMinutes(30));
            assertThat(w.observed()).isEqualTo(41.0);
        });
        events.clear();
        for (int m = 30; m < 45; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        assertThat(events).as("one warning per episode").isEmpty();
        assertThat(feed(minute(1, 45, "a21026", "20"))).singleElement()
                .satisfies(w -> assertThat(w.raised()).isFalse()).satisfies(w -> assertThat(w.at()).isEqualTo(T0.plusMinutes(46)));
    }

    @Test
    void aMinuteWithinTheLimitsStartsTheWindowAfreshAndInvalidMinutesNeitherBreakNorCount() {
        List<MonitoringWarning> events = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        events.addAll(feed(minute(1, 20, "a21026", "30")));
        events.addAll(feed(new MinuteAggregate(1, UNIT, T0.plusMinutes(21), "a21026", 2, 0, null, null, null, "C", "/64/")));
        for (int m = 22; m < 51; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        assertThat(events).as("minutes 22–50 are 29 minutes").isEmpty();
        assertThat(feed(minute(1, 51, "a21026", "40"))).singleElement().satisfies(w -> assertThat(w.at()).isEqualTo(T0.plusMinutes(52)));
    }

    @Test
    void aJumpFasterThanTheRateWarnsOnceUntilTheAlarmIsReleased() {
        feed(minute(2, 0, "a05001", "200000"));
        assertThat(feed(minute(2, 1, "a05001", "210000"))).as("10,000 per minute is within the rate").isEmpty();
        assertThat(feed(minute(2, 2, "a05001", "240000"))).singleElement().satisfies(w -> {
            assertThat(w.cause()).isEqualTo(Cause.RATE);
            assertThat(w.code()).isEqualTo("a05001");
        });
        assertThat(feed(minute(2, 3, "a05001", "200000"))).as("the RATE alarm is open").isEmpty();
        assertThat(session.release(2, Cause.RATE, "a05001")).as("minutes already seen do not warn again").isEmpty();
        assertThat(feed(minute(2, 4, "a05001", "160000"))).extracting(MonitoringWarning::cause).containsExactly(Cause.RATE);
        assertThat(feed(minute(2, 10, "a05001", "260000"))).as("a gap longer than the 5-minute window is not a jump").isEmpty();
    }

    @Test
    void aValueStuckForSixtyMinutesIsAFlatlineThatClearsWhenItMoves() {
        List<MonitoringWarning> events = new ArrayList<>();
        for (int m = 0; m < 59; m++) {
            events.addAll(feed(minute(3, m, "a00000", "100.5")));
        }
        assertThat(events).isEmpty();
        assertThat(feed(minute(3, 59, "a00000", "100.5"))).singleElement().satisfies(w -> {
            assertThat(w.cause()).isEqualTo(Cause.FLATLINE);
            assertThat(w.at()).isEqualTo(T0.plusMinutes(60));
        });
        assertThat(feed(varying(3, 60, "a00000", "100.4", "100.9"))).singleElement()
                .satisfies(w -> assertThat(w.raised()).isFalse());
        assertThat(feed(varying(3, 61, "a00000", "99", "101"))).isEmpty();
    }

    @Test
    void aDeviceSilentForAnHourWarnsOnTheTickAndClearsWithItsNextMinute() {
        feed(minute(4, 0, "a05001", "200000"));
        long start = RuleMinute.of(minute(4, 0, "a05001", "1")).getTimestamp();
        assertThat(session.tick(start + 60 * 60_000L)).as("silent since 08:01, 59 minutes at 09:00").isEmpty();
        assertThat(session.tick(start + 61 * 60_000L)).singleElement().satisfies(w -> {
            assertThat(w.cause()).isEqualTo(Cause.SILENCE);
            assertThat(w.code()).isEqualTo("*");
        });
        assertThat(session.tick(start + 120 * 60_000L)).as("once").isEmpty();
        assertThat(feed(varying(4, 121, "a05001", "199000", "201000"))).singleElement().satisfies(w -> {
            assertThat(w.raised()).isFalse();
            assertThat(w.cause()).isEqualTo(Cause.SILENCE);
        });
    }

    @Test
    void memoryStaysFlatUnderASteadyStream() {
        long after6h = 0;
        for (int m = 0; m < 24 * 60; m++) {
            List<MinuteAggregate> minute = new ArrayList<>();
            for (long device = 10; device < 20; device++) {
                minute.add(varying(device, m, "a05001", "199000", "201000"));
                minute.add(varying(device, m, "a21026", "10", "12"));
                minute.add(varying(device, m, "a00000", "99", "101"));
            }
            session.feed(minute);
            if (m == 6 * 60) {
                after6h = session.factCount();
            }
        }
        // 10 thresholds + 10 last-seen + at most (5-minute RATE window + 2) minutes × 30 events
        assertThat(session.factCount()).isEqualTo(after6h).isLessThan(10 + 10 + 8 * 30);
    }

    @Test
    void aBadTableIsRefusedWithRowAndReasonAndTheRunningRulesStay() {
        String shipped = new String(RuleBaseBuilder.shippedTable(), StandardCharsets.UTF_8);
        String bad = shipped.replace("EXCEED.SO2,LIMIT,a21026,ALL,,35,30", "EXCEED.SO2,LIMIT,a21026,ALL,50,35,30")
                .replace("FLAT.CO2,FLATLINE,a05001,ALL,,,60", "FLAT.CO2,FLATLINE,a05001,ALL,,,0")
                .replace("RATE.SO2,RATE,a21026", "RATE.SO2,RATE,a99999");
        assertThatThrownBy(() -> session.activate(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ThresholdTableRefused.class, e -> assertThat(e.problems()).map(Object::toString).containsExactly(
                        "row 1 (EXCEED.SO2) low/high: 下限高于上限 / low 50.0 is above high 35.0",
                        "row 5 (RATE.SO2) pollutant: 未知因子代码 / unknown pollutant code a99999 (HJ 212-2017, domain.md §8.1)",
                        "row 6 (FLAT.CO2) window: 时间窗须至少1分钟 / the window must be at least 1 minute, not 0"));
        assertThat(session.thresholds()).extracting(AlarmThreshold::getName).contains("EXCEED.SO2", "FLAT.CO2", "RATE.SO2");
        List<MonitoringWarning> events = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        assertThat(events).as("the shipped SO2 limit still applies").hasSize(1);
    }

    @Test
    void aGoodTableReplacesTheThresholdsKeepingTheEpisodesAndAUnitRowOverridesAll() {
        for (int m = 0; m < 10; m++) {
            feed(minute(1, m, "a21026", "40"));
        }
        String shipped = new String(RuleBaseBuilder.shippedTable(), StandardCharsets.UTF_8);
        String withUnitRow = shipped.replace("EXCEED.NOX,", "EXCEED.SO2.U6,LIMIT,a21026,6,,100,30,,site permit (test)\nEXCEED.NOX,")
                .replace("EXCEED.SO2,LIMIT,a21026,ALL,,35,30", "EXCEED.SO2,LIMIT,a21026,ALL,,35,20");
        session.activate(withUnitRow.getBytes(StandardCharsets.UTF_8));
        assertThat(feed(minute(1, 10, "a21026", "40")).isEmpty()).as("11 minutes of the episode kept, window now 20").isTrue();
        List<MonitoringWarning> events = new ArrayList<>();
        for (int m = 11; m < 20; m++) {
            events.addAll(feed(minute(1, m, "a21026", "40")));
        }
        assertThat(events).singleElement().satisfies(w -> assertThat(w.at()).isEqualTo(T0.plusMinutes(20)));
        List<MonitoringWarning> unit6 = new ArrayList<>();
        for (int m = 0; m < 40; m++) {
            BigDecimal v = new BigDecimal("40");
            unit6.addAll(session.feed(List.of(new MinuteAggregate(7, 6L, T0.plusMinutes(30 + m), "a21026", 2, 2, v, v, v, "N", "/64/"))));
        }
        assertThat(unit6).as("unit 6 has its own limit of 100").isEmpty();
    }
}
