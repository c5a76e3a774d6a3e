package org.dualcarbon.monitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.BEAN_CLOSE;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.BEAN_RECORD_ESCALATION;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.BEAN_RECORD_RESOLUTION;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.END_AUTO_RESOLVED;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.END_CLOSED;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.KEY;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.MESSAGE_CONDITION_CLEARED;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TASK_CLOSE;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TASK_HANDLE;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TASK_RECORD_ESCALATION;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TASK_RECORD_RESOLUTION;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TASK_REVIEW;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.TIMER_ESCALATION;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_ALARM_ID;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_CAUSE_TEXT;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_CLEARED_AT;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_ENTERPRISE_GROUP;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_ESCALATE_AFTER;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_EVIDENCE;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_MEASURES;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_REGION_GROUP;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_RETURNED;
import static org.dualcarbon.monitoring.MonitoringAlarmProcess.VAR_REVIEW_COMMENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.dualcarbon.support.InMemoryEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/monitoring/monitoring-alarm.bpmn on the shared in-memory engine: handled and closed;
 * escalated by the timer and closed by the officials; escalated, returned and then handled; auto-resolved while
 * waiting for the enterprise and while under review. Delegates record what the alarm service would be asked to do;
 * the timer runs on Camunda's clock.
 */
class MonitoringAlarmProcessTest {

    private static final String MODEL = "processes/monitoring/monitoring-alarm.bpmn";
    private static final OffsetDateTime RAISED = OffsetDateTime.parse("2026-05-04T08:30:00+08:00");

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(RAISED.toInstant()));
        Mocks.register(BEAN_CLOSE, (JavaDelegate) e -> calls.add("close " + e.getVariable(VAR_ALARM_ID)
                + " cause=" + e.getVariable(VAR_CAUSE_TEXT) + " review=" + e.getVariable(VAR_REVIEW_COMMENT)));
        Mocks.register(BEAN_RECORD_ESCALATION, (JavaDelegate) e -> calls.add("escalate " + e.getVariable(VAR_ALARM_ID)));
        Mocks.register(BEAN_RECORD_RESOLUTION, (JavaDelegate) e -> calls.add("resolve " + e.getVariable(VAR_ALARM_ID)
                + " at " + e.getVariable(VAR_CLEARED_AT)));
    }

    @AfterEach
    void unbind() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance raised() {
        ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
                MonitoringAlarmProcess.businessKey(41), Map.of(VAR_ALARM_ID, 41L, VAR_ENTERPRISE_GROUP, "ent91640181MA00000001",
                        VAR_REGION_GROUP, "region640181", VAR_ESCALATE_AFTER, "PT24H"));
        assertThat(instance).isWaitingAt(TASK_HANDLE).task().hasCandidateGroup("ent91640181MA00000001");
        return instance;
    }

    private void handle(ProcessInstance instance) {
        complete(task(TASK_HANDLE, instance), withVariables(VAR_CAUSE_TEXT, "脱硫塔浆液泵故障", VAR_MEASURES, "更换备用泵",
                VAR_EVIDENCE, "维修单 WX-0504-01"));
    }

    private void escalate(ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(RAISED.plusHours(24).plusMinutes(1).toInstant()));
        assertThat(instance).job(TIMER_ESCALATION).isNotNull();
        execute(job(TIMER_ESCALATION, instance));
        assertThat(instance).isWaitingAt(TASK_REVIEW).task().hasCandidateGroup("region640181");
    }

    private void clear(ProcessInstance instance) {
        processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_CONDITION_CLEARED)
                .processInstanceBusinessKey(MonitoringAlarmProcess.businessKey(41)).setVariable(VAR_CLEARED_AT, "2026-05-04T09:12")
                .correlateWithResult();
    }

    @Test
    @Deployment(resources = MODEL)
    void theEnterpriseHandlesTheAlarmAndItCloses() {
        ProcessInstance instance = raised();
        handle(instance);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_HANDLE, TASK_CLOSE, END_CLOSED)
                .hasNotPassed(TASK_RECORD_ESCALATION, TASK_REVIEW, TASK_RECORD_RESOLUTION);
        Assertions.assertThat(calls).containsExactly("close 41 cause=脱硫塔浆液泵故障 review=null");
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().count()).as("the timer left with the task").isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void unhandledForTheEscalationTimeItGoesToTheOfficialsWhoCloseIt() {
        ProcessInstance instance = raised();
        ClockUtil.setCurrentTime(Date.from(RAISED.plusHours(23).toInstant()));
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().count()).as("not due before 24 h").isZero();
        escalate(instance);
        complete(task(TASK_REVIEW, instance), withVariables(VAR_RETURNED, "false", VAR_REVIEW_COMMENT, "已电话核实，设备已恢复"));
        assertThat(instance).isEnded().hasPassedInOrder(TIMER_ESCALATION, TASK_RECORD_ESCALATION, TASK_REVIEW, TASK_CLOSE, END_CLOSED);
        Assertions.assertThat(calls).containsExactly("escalate 41", "close 41 cause=null review=已电话核实，设备已恢复");
    }

    @Test
    @Deployment(resources = MODEL)
    void theOfficialsReturnAnEscalatedAlarmAndTheEnterpriseThenHandlesIt() {
        ProcessInstance instance = raised();
        escalate(instance);
        complete(task(TASK_REVIEW, instance), withVariables(VAR_RETURNED, "true", VAR_REVIEW_COMMENT, "请说明原因并附维修记录"));
        assertThat(instance).isWaitingAt(TASK_HANDLE).task().hasCandidateGroup("ent91640181MA00000001");
        handle(instance);
        assertThat(instance).isEnded().hasPassed(TASK_REVIEW).hasPassedInOrder(TASK_RECORD_ESCALATION, TASK_CLOSE, END_CLOSED);
        Assertions.assertThat(calls).containsExactly("escalate 41", "close 41 cause=脱硫塔浆液泵故障 review=请说明原因并附维修记录");
    }

    @Test
    @Deployment(resources = MODEL)
    void theConditionClearsWhileTheEnterpriseHasTheTaskAndTheAlarmResolvesItself() {
        ProcessInstance instance = raised();
        clear(instance);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_RECORD_RESOLUTION, END_AUTO_RESOLVED).hasNotPassed(TASK_CLOSE);
        Assertions.assertThat(calls).containsExactly("resolve 41 at 2026-05-04T09:12");
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void theConditionClearsDuringTheReviewAndTheAlarmResolvesItself() {
        ProcessInstance instance = raised();
        escalate(instance);
        clear(instance);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_RECORD_ESCALATION, TASK_RECORD_RESOLUTION, END_AUTO_RESOLVED)
                .hasNotPassed(TASK_CLOSE);
        Assertions.assertThat(calls).containsExactly("escalate 41", "resolve 41 at 2026-05-04T09:12");
    }
}
