package org.dualcarbon.monitoring;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.monitoring.hj212.Hj212Codes;
import org.dualcarbon.monitoring.hj212.Hj212Pollutant;
import org.dualcarbon.monitoring.internal.AlarmMapper;
import org.dualcarbon.monitoring.internal.MonitoringMapper;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.OrganizationDirectory;
import org.dualcarbon.workflow.EngineGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alarms from the stream rules' warnings: a raised warning opens an alarm — at most one open per device, cause and
 * code — and starts {@link MonitoringAlarmProcess#KEY} for the device's enterprise and its division's officials; a
 * cleared condition is recorded on the open alarm and sent to its process as
 * {@link MonitoringAlarmProcess#MESSAGE_CONDITION_CLEARED}. The process's delegates close, escalate and resolve.
 */
@Service
public class MonitoringAlarms {

    private static final Logger log = LoggerFactory.getLogger(MonitoringAlarms.class);

    private final AlarmMapper store;
    private final MonitoringMapper devices;
    private final OrganizationDirectory organizations;
    private final RuntimeService runtime;
    private final ScopeContext scope;
    private final ApplicationEventPublisher events;
    private final String escalateAfter;

    public MonitoringAlarms(AlarmMapper store, MonitoringMapper devices, OrganizationDirectory organizations,
                            RuntimeService runtime, ScopeContext scope, ApplicationEventPublisher events,
                            @Value("${dc.monitoring.alarm-escalate-after:" + MonitoringAlarmProcess.DEFAULT_ESCALATE_AFTER + "}")
                            String escalateAfter) {
        this.store = store;
        this.devices = devices;
        this.organizations = organizations;
        this.runtime = runtime;
        this.scope = scope;
        this.events = events;
        this.escalateAfter = escalateAfter;
    }

    /** Opens alarms for raised warnings and records cleared conditions, in one transaction. */
    @Transactional
    public void onWarnings(List<MonitoringWarning> warnings) {
        scope.asSystem(() -> warnings.forEach(w -> {
            if (w.raised()) {
                raise(w);
            } else {
                clear(w);
            }
        }));
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<MonitoringAlarm> openAlarms() {
        return store.openAlarms(500);
    }

    /** An alarm in the caller's scope (its unit's scope path), for the auditors' process history. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ') or hasAuthority('PROCESS_HISTORY_READ')")
    public java.util.Optional<MonitoringAlarm> alarm(long alarmId) {
        return store.alarm(alarmId);
    }

    /** The alarms in the caller's scope raised in a year (all years when null), newest first. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ') or hasAuthority('PROCESS_HISTORY_READ')")
    public List<MonitoringAlarm> alarmsRaisedIn(Integer year, int limit) {
        return year == null ? store.alarmsRaisedIn(null, null, limit)
                : store.alarmsRaisedIn(java.time.LocalDateTime.of(year, 1, 1, 0, 0), java.time.LocalDateTime.of(year + 1, 1, 1, 0, 0), limit);
    }

    /** Ends an alarm as handled (by the enterprise, or by the officials after an escalation). */
    @Transactional
    public void close(long alarmId, String causeText, String measures, String evidence, String reviewComment) {
        scope.asSystem(() -> store.alarm(alarmId).ifPresent(alarm -> {
            if (store.end(alarmId, "CLOSED", LocalDateTime.now(MonitoringTime.BEIJING), causeText, measures, evidence,
                    reviewComment) > 0) {
                events.publishEvent(new AlarmEnded(alarm.deviceId(), alarm.causeKind(), alarm.code()));
            }
        }));
    }

    @Transactional
    public void escalate(long alarmId) {
        scope.asSystem(() -> store.setStatus(alarmId, "ESCALATED"));
    }

    /** Ends an alarm whose condition cleared by itself; the stream rules already let it go. */
    @Transactional
    public void resolve(long alarmId) {
        scope.asSystem(() -> store.end(alarmId, "RESOLVED", LocalDateTime.now(MonitoringTime.BEIJING), null, null, null, null));
    }

    private void raise(MonitoringWarning w) {
        MonitoringDevice device = devices.device(w.deviceId()).orElse(null);
        if (device == null) {
            return;
        }
        store.insertAlarm(new AlarmMapper.AlarmRow(w.deviceId(), w.unitId(), w.cause().name(), w.code(), w.thresholdName(),
                message(w), w.observed() == null ? null : java.math.BigDecimal.valueOf(w.observed()), w.key(), w.at(),
                w.since(), device.scopePath()));
        MonitoringAlarm alarm = store.openAlarm(w.key()).orElseThrow();
        if (alarm.processInstance() != null) {
            return;
        }
        String region = organizations.enterprise(device.enterpriseId()).map(Enterprise::regionCode).orElse("");
        String instance = runtime.startProcessInstanceByKey(MonitoringAlarmProcess.KEY,
                MonitoringAlarmProcess.businessKey(alarm.id()), Map.of(
                        MonitoringAlarmProcess.VAR_ALARM_ID, alarm.id(),
                        MonitoringAlarmProcess.VAR_ENTERPRISE_GROUP, EngineGroups.enterprise(device.uscc()),
                        MonitoringAlarmProcess.VAR_REGION_GROUP, EngineGroups.region(region),
                        MonitoringAlarmProcess.VAR_ESCALATE_AFTER, escalateAfter)).getId();
        store.setProcessInstance(alarm.id(), instance);
        log.info("monitoring alarm {} opened: device {} {} {}", alarm.id(), w.deviceId(), w.cause(), w.code());
    }

    private void clear(MonitoringWarning w) {
        store.openAlarm(w.key()).ifPresent(alarm -> {
            store.setCleared(alarm.id(), w.at());
            runtime.createMessageCorrelation(MonitoringAlarmProcess.MESSAGE_CONDITION_CLEARED)
                    .processInstanceBusinessKey(MonitoringAlarmProcess.businessKey(alarm.id()))
                    .setVariable(MonitoringAlarmProcess.VAR_CLEARED_AT, w.at().toString()).correlateAll();
        });
    }

    static String message(MonitoringWarning w) {
        String pollutant = Hj212Codes.find(w.code()).map(Hj212Pollutant::chineseName).orElse(w.code());
        return w.cause().chineseName() + "：" + ("*".equals(w.code()) ? "设备" : pollutant) + "，阈值行 " + w.thresholdName()
                + (w.observed() == null ? "" : "，观测值 " + w.observed());
    }
}
