package org.dualcarbon.monitoring.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.dualcarbon.monitoring.MonitoringAlarmProcess;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The alarm process's delegates: each reads the variables it needs and calls {@link MonitoringAlarms}. */
@Configuration(proxyBeanMethods = false)
class MonitoringAlarmDelegates {

    @Bean(MonitoringAlarmProcess.BEAN_CLOSE)
    JavaDelegate closeMonitoringAlarm(MonitoringAlarms alarms) {
        return e -> alarms.close(alarmId(e), text(e, MonitoringAlarmProcess.VAR_CAUSE_TEXT), text(e, MonitoringAlarmProcess.VAR_MEASURES),
                text(e, MonitoringAlarmProcess.VAR_EVIDENCE), text(e, MonitoringAlarmProcess.VAR_REVIEW_COMMENT));
    }

    @Bean(MonitoringAlarmProcess.BEAN_RECORD_ESCALATION)
    JavaDelegate escalateMonitoringAlarm(MonitoringAlarms alarms) {
        return e -> alarms.escalate(alarmId(e));
    }

    @Bean(MonitoringAlarmProcess.BEAN_RECORD_RESOLUTION)
    JavaDelegate resolveMonitoringAlarm(MonitoringAlarms alarms) {
        return e -> alarms.resolve(alarmId(e));
    }

    private static long alarmId(DelegateExecution e) {
        return ((Number) e.getVariable(MonitoringAlarmProcess.VAR_ALARM_ID)).longValue();
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value == null ? null : value.toString();
    }
}
