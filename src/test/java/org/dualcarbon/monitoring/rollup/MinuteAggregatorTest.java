package org.dualcarbon.monitoring.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.Reading;
import org.junit.jupiter.api.Test;

class MinuteAggregatorTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 5, 4, 10, 15);

    static Reading rtd(LocalDateTime at, String code, String value, String flag) {
        return new Reading(7L, at, code, "RT", "Rtd", new BigDecimal(value), flag, true, null);
    }

    @Test
    void samplesFlaggedInvalidAreCountedButLeftOutOfTheValues() {
        List<MinuteAggregate> minutes = MinuteAggregator.aggregate(7, 3L, "/64/", List.of(
                rtd(T.plusSeconds(0), "a21026", "30", "N"),
                rtd(T.plusSeconds(15), "a21026", "50", null),      // no flag: taken as normal
                rtd(T.plusSeconds(30), "a21026", "999", "C"),      // calibration: not valid (HJ 212 flag C)
                rtd(T.plusSeconds(45), "a21026", "900", "T")));    // over range: not valid
        assertThat(minutes).singleElement().satisfies(m -> {
            assertThat(m.sampleCount()).isEqualTo(4);
            assertThat(m.validCount()).isEqualTo(2);
            assertThat(m.min()).isEqualByComparingTo("30");
            assertThat(m.max()).isEqualByComparingTo("50");
            assertThat(m.mean()).isEqualByComparingTo("40");
            assertThat(m.flags()).isEqualTo("CNT");
            assertThat(m.minuteStart()).isEqualTo(T);
        });
    }

    @Test
    void aMinuteWithoutAValidSampleHasNoValues() {
        MinuteAggregate m = MinuteAggregator.aggregate(7, 3L, "/64/", List.of(rtd(T, "a21026", "5", "D"))).get(0);
        assertThat(m.valid()).isFalse();
        assertThat(m.mean()).isNull();
    }

    @Test
    void eachMinuteAndCodeIsItsOwnAggregateAndDeviceComputedHoursAreIgnored() {
        List<MinuteAggregate> minutes = MinuteAggregator.aggregate(7, 3L, "/64/", List.of(
                rtd(T, "a21026", "1", "N"), rtd(T.plusMinutes(1), "a21026", "2", "N"), rtd(T, "a05001", "3", "N"),
                new Reading(7L, T, "a05001", "MIN", "Avg", new BigDecimal("5"), "N", true, null),
                new Reading(7L, T, "a05001", "HOUR", "Avg", new BigDecimal("100"), "N", true, null)));
        assertThat(minutes).extracting(m -> m.code() + "@" + m.minuteStart().getMinute() + "=" + m.mean().stripTrailingZeros())
                .containsExactly("a05001@15=4", "a21026@15=1", "a21026@16=2");
    }
}
