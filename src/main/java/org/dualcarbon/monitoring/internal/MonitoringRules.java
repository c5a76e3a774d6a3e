package org.dualcarbon.monitoring.internal;

import java.util.List;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.monitoring.AlarmEnded;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MinuteAggregateSink;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.dualcarbon.monitoring.MonitoringRulesAccess;
import org.dualcarbon.monitoring.MonitoringWarning;
import org.dualcarbon.monitoring.ThresholdRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The platform's warning session: built once every bean is ready and before ingestion starts (MQTT and HJ 212 are
 * lifecycle beans that start later) from the active version of the threshold table, with the state a restart would
 * lose read back from the database ({@link RuleState}); fed the closed minutes after each roll-up, ticked every
 * {@code dc.monitoring.silence-tick} (1 minute) for silence, told when an alarm ends; the warnings go to
 * {@link MonitoringAlarms}. One session per node: a device's stream reaches one node (design.md). The tick also notices
 * a version another node activated and takes it.
 */
@Component
class MonitoringRules implements MinuteAggregateSink, MonitoringRulesAccess, SmartInitializingSingleton, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MonitoringRules.class);

    private final MonitoringAlarms alarms;
    private final ThresholdVersions versions;
    private final RuleState state;
    private final ScopeContext scope;
    private volatile WarningSession session;
    private volatile int version;

    MonitoringRules(MonitoringAlarms alarms, ThresholdVersions versions, RuleState state, ScopeContext scope) {
        this.alarms = alarms;
        this.versions = versions;
        this.state = state;
        this.scope = scope;
    }

    @Override
    public void afterSingletonsInstantiated() {
        scope.asSystem(() -> {
            ThresholdVersions.ActiveTable table = versions.active();
            session = new WarningSession(WarningThresholds.read(table.csv()));
            version = table.version();
            state.restoreInto(session);
        });
        log.info("monitoring rules running with threshold table version {}", version);
    }

    @Override
    public void accept(List<MinuteAggregate> closedMinutes) {
        handOn(session.feed(closedMinutes));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${dc.monitoring.silence-tick:PT1M}")
    void tick() {
        takeAnotherNodesVersion();
        handOn(session.tick(System.currentTimeMillis()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void alarmEnded(AlarmEnded ended) {
        handOn(session.release(ended.deviceId(), ended.cause(), ended.code()));
    }

    /** Runs the rules of a version just stored and activated (compiled before it was stored). */
    synchronized void run(int activated, WarningSession.PreparedRules rules) {
        session.swap(rules);
        version = activated;
        log.info("monitoring rules switched to threshold table version {}", activated);
    }

    @Override
    public List<ThresholdRow> thresholds() {
        return session.thresholds().stream().map(AlarmThreshold::toRow).toList();
    }

    /** The number of the table version the rules run with. */
    int version() {
        return version;
    }

    WarningSession session() {
        return session;
    }

    private synchronized void takeAnotherNodesVersion() {
        if (scope.asSystem(versions::activeVersion) == version) {
            return;
        }
        ThresholdVersions.ActiveTable table = scope.asSystem(versions::active);
        run(table.version(), WarningSession.prepare(WarningThresholds.read(table.csv())));
    }

    private void handOn(List<MonitoringWarning> warnings) {
        if (!warnings.isEmpty()) {
            alarms.onWarnings(warnings);
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
