package org.dualcarbon.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.Reading;
import org.dualcarbon.monitoring.UnitCo2;
import org.dualcarbon.monitoring.rollup.Co2Hour;
import org.dualcarbon.monitoring.rollup.Rollup;

/** Minute aggregates, roll-ups and CO2 masses: read back for the next level, written with upserts (idempotent). */
@Mapper
public interface RollupMapper {

    /** Readings of a device with data time in [from, to). */
    List<Reading> readings(@Param("deviceId") long deviceId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    void upsertMinutes(@Param("minutes") List<MinuteAggregate> minutes);

    List<MinuteAggregate> minutes(@Param("deviceId") long deviceId, @Param("from") LocalDateTime from,
                                  @Param("to") LocalDateTime to);

    void upsertRollups(@Param("rollups") List<Rollup> rollups);

    List<Rollup> rollups(@Param("deviceId") long deviceId, @Param("period") String period, @Param("from") LocalDateTime from,
                         @Param("to") LocalDateTime to);

    void upsertCo2Hours(@Param("hours") List<Co2Hour> hours);

    /** Σ valid hourly masses of a unit's devices in [from, to), valid hours and hours computed. */
    UnitSum unitSum(@Param("unitId") long unitId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record UnitSum(BigDecimal co2Kg, int validHours, int hours) {
    }

    void upsertUnitCo2(@Param("rows") List<UnitCo2> rows);

    /** A unit's CO2 of one period kind in [from, to), oldest first. */
    List<UnitCo2> unitCo2(@Param("unitId") long unitId, @Param("period") String period, @Param("from") LocalDateTime from,
                          @Param("to") LocalDateTime to);

    /**
     * The start of the latest stored minute of every active device, whatever the caller's scope (run as the system on
     * start-up), so that the stream rules keep watching a device for silence across a restart.
     */
    List<DeviceLastMinute> lastMinutes();

    record DeviceLastMinute(long deviceId, Long unitId, LocalDateTime minuteStart) {
    }

    /** How many CEMS of each unit computed at least one CO2 hour in [from, to): the hours the unit could have. */
    List<UnitDevices> co2DevicesPerUnit(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record UnitDevices(long unitId, int devices) {
    }

    /** A unit's hourly CO2 rows in [from, to), valid or not, by hour and device: what a monthly figure is the sum of. */
    List<Co2Hour> co2Hours(@Param("unitId") long unitId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Every unit's monthly CO2 in the caller's scope for months in [from, to). */
    List<UnitCo2> monthlyUnitCo2(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
