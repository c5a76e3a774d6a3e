package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MinuteAggregateSink;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.ReadingsStored;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the 1-minute aggregates and the roll-ups from stored readings. Ingestion announces each stored message
 * ({@link ReadingsStored}); after its batch commits the touched device-minutes are queued here, and
 * {@link #drain()} — every {@code dc.monitoring.aggregation-interval} (5 s), or at once from a test — recomputes them
 * from the readings, then the touched hours, days and months, the hourly CO2 masses and the unit sums, all in one
 * transaction, and hands the minutes that have closed to the {@link MinuteAggregateSink}s. Ingestion is never held up:
 * a failed drain is logged with its devices and the minutes queued again.
 */
@Component
class MinuteAggregation {

    private static final Logger log = LoggerFactory.getLogger(MinuteAggregation.class);

    private final Set<DeviceMinute> pending = ConcurrentHashMap.newKeySet();
    /** Per device, the first minute not yet handed on to the sinks. */
    private final Map<Long, LocalDateTime> handedOnUpTo = new ConcurrentHashMap<>();
    private final DeviceRollups rollups;
    private final RollupMapper store;
    private final ScopeContext scope;
    private final TransactionTemplate transaction;
    private final ObjectProvider<MinuteAggregateSink> sinks;

    MinuteAggregation(DeviceRollups rollups, RollupMapper store, ScopeContext scope, PlatformTransactionManager transactions,
                      ObjectProvider<MinuteAggregateSink> sinks) {
        this.rollups = rollups;
        this.store = store;
        this.scope = scope;
        this.transaction = new TransactionTemplate(transactions);
        this.sinks = sinks;
    }

    record DeviceMinute(long deviceId, LocalDateTime minute) {
    }

    @TransactionalEventListener
    void readingsCommitted(ReadingsStored stored) {
        pending.add(new DeviceMinute(stored.deviceId(), stored.dataTime().truncatedTo(ChronoUnit.MINUTES)));
    }

    /** Aggregates everything queued so far; returns the number of device-minutes done. */
    @Scheduled(fixedDelayString = "${dc.monitoring.aggregation-interval:PT5S}")
    synchronized int drain() {
        Map<Long, NavigableSet<LocalDateTime>> byDevice = new TreeMap<>();
        Set<DeviceMinute> taken = new HashSet<>(pending);
        pending.removeAll(taken);
        taken.forEach(m -> byDevice.computeIfAbsent(m.deviceId(), d -> new TreeSet<>()).add(m.minute()));
        if (byDevice.isEmpty()) {
            return 0;
        }
        List<MinuteAggregate> closed;
        try {
            closed = transaction.execute(status -> scope.asSystem(() -> rollUp(byDevice)));
        } catch (RuntimeException e) {
            log.error("monitoring roll-up failed for devices {}; queued again", byDevice.keySet(), e);
            pending.addAll(taken);
            return 0;
        }
        if (!closed.isEmpty()) {
            sinks.orderedStream().forEach(sink -> sink.accept(closed));
        }
        return taken.size();
    }

    private List<MinuteAggregate> rollUp(Map<Long, NavigableSet<LocalDateTime>> byDevice) {
        List<MinuteAggregate> closed = new ArrayList<>();
        for (Map.Entry<Long, NavigableSet<LocalDateTime>> device : byDevice.entrySet()) {
            MonitoringDevice known = rollups.device(device.getKey());
            if (known == null) {
                continue;
            }
            rollups.rollUp(known, device.getValue());
            closed.addAll(closedMinutes(known.id(), device.getValue()));
        }
        return closed;
    }

    private List<MinuteAggregate> closedMinutes(long deviceId, NavigableSet<LocalDateTime> touched) {
        LocalDateTime latest = touched.last();
        LocalDateTime from = handedOnUpTo.getOrDefault(deviceId, touched.first());
        if (!from.isBefore(latest)) {
            return List.of();
        }
        handedOnUpTo.put(deviceId, latest);
        return store.minutes(deviceId, from, latest);
    }
}
