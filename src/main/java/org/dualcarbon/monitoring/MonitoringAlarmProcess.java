package org.dualcarbon.monitoring;

/**
 * Constants of processes/monitoring/monitoring-alarm.bpmn (在线监测报警处置), shared by Java and the model.
 *
 * <p>A warning of the stream rules opens an alarm and starts one instance (business key {@code alarm-<id>}): the
 * enterprise states the cause, the measures taken and the evidence, and the alarm closes. If nobody handles it within
 * {@value #VAR_ESCALATE_AFTER} (an ISO-8601 duration, {@value #DEFAULT_ESCALATE_AFTER} by default) the task is taken
 * from the enterprise and the supervising officials review the alarm: they close it, or return it to the enterprise.
 * When the condition clears while the alarm is open, message {@value #MESSAGE_CONDITION_CLEARED} resolves it
 * automatically, and that is recorded.
 */
public final class MonitoringAlarmProcess {

    public static final String KEY = "monitoringAlarm";
    /**
     * Platform default, not a regulatory figure: a day for the enterprise to answer before the officials see it.
     * Configurable as {@code dc.monitoring.alarm-escalate-after}.
     */
    public static final String DEFAULT_ESCALATE_AFTER = "PT24H";

    public static final String TASK_HANDLE = "Task_HandleAlarm";
    public static final String TASK_REVIEW = "Task_ReviewAlarm";
    public static final String TASK_CLOSE = "Task_CloseAlarm";
    public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
    public static final String TASK_RECORD_RESOLUTION = "Task_RecordAutoResolution";
    public static final String TIMER_ESCALATION = "Timer_Escalation";
    public static final String GATEWAY_REVIEW = "Gateway_ReviewOutcome";
    public static final String MESSAGE_CONDITION_CLEARED = "MonitoringConditionCleared";
    public static final String END_CLOSED = "End_AlarmClosed";
    public static final String END_AUTO_RESOLVED = "End_AlarmAutoResolved";

    public static final String VAR_ALARM_ID = "alarmId";
    /** Engine group of the device's enterprise (ent + USCC): who handles the alarm. */
    public static final String VAR_ENTERPRISE_GROUP = "enterpriseGroup";
    /** Engine group of the enterprise's division (region + code): who reviews an escalated alarm. */
    public static final String VAR_REGION_GROUP = "regionGroup";
    public static final String VAR_ESCALATE_AFTER = "escalateAfter";
    /** Set by the enterprise's task (form handleMonitoringAlarm). */
    public static final String VAR_CAUSE_TEXT = "causeText";
    public static final String VAR_MEASURES = "measures";
    public static final String VAR_EVIDENCE = "evidence";
    /** Set by the officials' review (form reviewMonitoringAlarm): true sends the alarm back to the enterprise. */
    public static final String VAR_RETURNED = "returned";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    /** Set with the message: the Beijing time at which the condition cleared. */
    public static final String VAR_CLEARED_AT = "clearedAt";

    public static final String BEAN_CLOSE = "closeMonitoringAlarm";
    public static final String BEAN_RECORD_ESCALATION = "escalateMonitoringAlarm";
    public static final String BEAN_RECORD_RESOLUTION = "resolveMonitoringAlarm";

    private MonitoringAlarmProcess() {
    }

    public static String businessKey(long alarmId) {
        return "alarm-" + alarmId;
    }
}
