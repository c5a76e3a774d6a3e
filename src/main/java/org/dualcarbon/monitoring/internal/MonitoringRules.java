package org.dualcarbon.monitoring.internal;

import java.util.List;
import org.dualcarbon.monitoring.AlarmEnded;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MinuteAggregateSink;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.MonitoringRulesAccess;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The platform's warning session (rules/monitoring with the shipped threshold table): fed the closed minutes after
 * each roll-up, ticked every {@code dc.monitoring.silence-tick} (1 minute) for silence, told when an alarm ends; the
 * warnings go to {@link MonitoringAlarms}. One session per node: a device's stream reaches one node (design.md).
 */
@Component
class MonitoringRules implements MinuteAggregateSink, MonitoringRulesAccess, AutoCloseable {

    private final WarningSession session = WarningSession.shipped();
    private final MonitoringAlarms alarms;

    MonitoringRules(MonitoringAlarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public void accept(List<MinuteAggregate> closedMinutes) {
        handOn(session.feed(closedMinutes));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${dc.monitoring.silence-tick:PT1M}")
    void tick() {
        handOn(session.tick(System.currentTimeMillis()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void alarmEnded(AlarmEnded ended) {
        handOn(session.release(ended.deviceId(), ended.cause(), ended.code()));
    }

    @Override
    public List<AlarmThreshold> thresholds() {
        return session.thresholds();
    }

    WarningSession session() {
        return session;
    }

    private void handOn(List<MonitoringWarning> warnings) {
        if (!warnings.isEmpty()) {
            alarms.onWarnings(warnings);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
