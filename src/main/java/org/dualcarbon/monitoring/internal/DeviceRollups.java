package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.UnitCo2;
import org.dualcarbon.monitoring.rollup.Co2Hour;
import org.dualcarbon.monitoring.rollup.HourlyCo2;
import org.dualcarbon.monitoring.rollup.MinuteAggregator;
import org.dualcarbon.monitoring.rollup.Period;
import org.dualcarbon.monitoring.rollup.PeriodRollup;
import org.dualcarbon.monitoring.rollup.Rollup;
import org.springframework.stereotype.Component;

/**
 * Recomputes one device's touched minutes from its readings, then each level above from the one below — hours from
 * minutes, days from hours, months from days — and the hourly CO2 mass with its unit sums. Every write is an upsert,
 * so doing a minute twice (a late reading, a retried drain) gives the same rows. Runs inside the caller's transaction.
 */
@Component
class DeviceRollups {

    private static final int CHUNK = 500;

    private final RollupMapper store;
    private final MonitoringMapper devices;

    DeviceRollups(RollupMapper store, MonitoringMapper devices) {
        this.store = store;
        this.devices = devices;
    }

    MonitoringDevice device(long id) {
        return devices.device(id).orElse(null);
    }

    void rollUp(MonitoringDevice device, NavigableSet<LocalDateTime> minutes) {
        List<MinuteAggregate> aggregates = MinuteAggregator.aggregate(device.id(), device.unitId(), device.scopePath(),
                store.readings(device.id(), minutes.first(), minutes.last().plusMinutes(1)));
        for (int i = 0; i < aggregates.size(); i += CHUNK) {
            store.upsertMinutes(aggregates.subList(i, Math.min(aggregates.size(), i + CHUNK)));
        }
        Set<LocalDateTime> hours = starts(Period.HOUR, minutes);
        List<Co2Hour> co2 = new ArrayList<>();
        for (LocalDateTime hour : hours) {
            List<Rollup> rows = PeriodRollup.hours(store.minutes(device.id(), hour, hour.plusHours(1)));
            upsert(rows);
            Map<String, Rollup> byCode = new LinkedHashMap<>();
            rows.forEach(r -> byCode.put(r.code(), r));
            HourlyCo2.of(byCode).ifPresent(co2::add);
        }
        if (!co2.isEmpty()) {
            store.upsertCo2Hours(co2);
        }
        Set<LocalDateTime> days = starts(Period.DAY, hours);
        for (LocalDateTime day : days) {
            upsert(PeriodRollup.rollUp(Period.DAY, store.rollups(device.id(), Period.HOUR.name(), day, day.plusDays(1))));
        }
        Set<LocalDateTime> months = starts(Period.MONTH, days);
        for (LocalDateTime month : months) {
            upsert(PeriodRollup.rollUp(Period.MONTH, store.rollups(device.id(), Period.DAY.name(), month, month.plusMonths(1))));
        }
        if (device.unitId() != null && !co2.isEmpty()) {
            sumUnit(device, Period.HOUR, hours);
            sumUnit(device, Period.DAY, days);
            sumUnit(device, Period.MONTH, months);
        }
    }

    private void sumUnit(MonitoringDevice device, Period period, Set<LocalDateTime> starts) {
        List<UnitCo2> rows = new ArrayList<>();
        for (LocalDateTime start : starts) {
            RollupMapper.UnitSum sum = store.unitSum(device.unitId(), start, period.next(start));
            rows.add(new UnitCo2(device.unitId(), period.name(), start, sum.co2Kg(), sum.validHours(), sum.hours(),
                    device.scopePath()));
        }
        store.upsertUnitCo2(rows);
    }

    private void upsert(List<Rollup> rows) {
        if (!rows.isEmpty()) {
            store.upsertRollups(rows);
        }
    }

    private static Set<LocalDateTime> starts(Period period, Set<LocalDateTime> times) {
        Set<LocalDateTime> starts = new TreeSet<>();
        times.forEach(t -> starts.add(period.startOf(t)));
        return starts;
    }
}
