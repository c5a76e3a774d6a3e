package org.dualcarbon.reporting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_ACCOUNT;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_ARCHIVE;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_CHECK;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_RECORD_CANCELLATION;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_RECORD_DECISION;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_RECORD_RETURN;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_REMIND;
import static org.dualcarbon.reporting.ReportingProcess.END_APPROVED;
import static org.dualcarbon.reporting.ReportingProcess.END_CANCELLED;
import static org.dualcarbon.reporting.ReportingProcess.MESSAGE_CANCEL;
import static org.dualcarbon.reporting.ReportingProcess.TASK_ACCOUNT;
import static org.dualcarbon.reporting.ReportingProcess.TASK_APPROVE;
import static org.dualcarbon.reporting.ReportingProcess.TASK_ARCHIVE;
import static org.dualcarbon.reporting.ReportingProcess.TASK_CHECK;
import static org.dualcarbon.reporting.ReportingProcess.TASK_EXPLAIN;
import static org.dualcarbon.reporting.ReportingProcess.TASK_FOLLOW_UP_OVERDUE;
import static org.dualcarbon.reporting.ReportingProcess.TASK_RECORD_CANCELLATION;
import static org.dualcarbon.reporting.ReportingProcess.TASK_RECORD_RETURN;
import static org.dualcarbon.reporting.ReportingProcess.TASK_REMIND;
import static org.dualcarbon.reporting.ReportingProcess.TASK_SUBMIT;
import static org.dualcarbon.reporting.ReportingProcess.TASK_VERIFY;
import static org.dualcarbon.reporting.ReportingProcess.TIMER_DEADLINE;
import static org.dualcarbon.reporting.ReportingProcess.TIMER_REMINDER;
import static org.dualcarbon.reporting.ReportingProcess.VAR_APPROVED;
import static org.dualcarbon.reporting.ReportingProcess.VAR_CANCEL_REASON;
import static org.dualcarbon.reporting.ReportingProcess.VAR_COMMENT;
import static org.dualcarbon.reporting.ReportingProcess.VAR_CORRECT;
import static org.dualcarbon.reporting.ReportingProcess.VAR_DEADLINE;
import static org.dualcarbon.reporting.ReportingProcess.VAR_ENTERPRISE_GROUP;
import static org.dualcarbon.reporting.ReportingProcess.VAR_FLAG_COUNT;
import static org.dualcarbon.reporting.ReportingProcess.VAR_REGION_GROUP;
import static org.dualcarbon.reporting.ReportingProcess.VAR_REMINDER_AT;
import static org.dualcarbon.reporting.ReportingProcess.VAR_REPORT_ID;
import static org.dualcarbon.reporting.ReportingProcess.VAR_UNIT_ID;
import static org.dualcarbon.reporting.ReportingProcess.VAR_YEAR;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * Every path of processes/reporting/unit-emission-report.bpmn on the shared in-memory engine. The delegates stand
 * in for the Spring beans: each records what the reporting service would be asked to do, and the anomaly check
 * answers with the flag counts a test queues. Timers run on Camunda's clock, never on sleeps.
 */
class UnitEmissionReportProcessTest {

    private static final String MODEL = "processes/reporting/unit-emission-report.bpmn";
    private static final String ENTERPRISE_GROUP = "ent91330100MA2H3K7X5Q";
    private static final String REGION_GROUP = "region330100";
    private static final String VERIFIER_GROUP = "verifier";
    private static final OffsetDateTime CYCLE_OPENS = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");
    private static final OffsetDateTime REMINDER_AT = OffsetDateTime.parse("2026-03-20T09:00:00+08:00");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-03-31T23:59:59+08:00");

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();
    /** One entry per completed verification (the recording listener). */
    final List<String> verifications = new ArrayList<>();
    /** Flag counts the anomaly check answers with, one per submission; none left means a clean report. */
    final Deque<Integer> flagCounts = new ArrayDeque<>();

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(CYCLE_OPENS.toInstant()));
        Mocks.register(BEAN_ACCOUNT, (JavaDelegate) e -> calls.add("account " + e.getVariable(VAR_REPORT_ID)));
        Mocks.register(BEAN_CHECK, (JavaDelegate) e -> {
            int flags = flagCounts.isEmpty() ? 0 : flagCounts.pop();
            e.setVariable(VAR_FLAG_COUNT, flags);
            calls.add("check " + flags);
        });
        Mocks.register(BEAN_RECORD_DECISION, (TaskListener) t -> calls.add("decision approved=" + t.getVariable(VAR_APPROVED)
                + " comment=" + t.getVariable(VAR_COMMENT)));
        Mocks.register(BEAN_ARCHIVE, (JavaDelegate) e -> calls.add("archive " + e.getVariable(VAR_REPORT_ID)));
        Mocks.register(BEAN_RECORD_RETURN, (JavaDelegate) e -> calls.add("return " + e.getVariable(VAR_COMMENT)));
        Mocks.register(BEAN_REMIND, (JavaDelegate) e -> {
            calls.add("remind " + e.getVariable(VAR_ENTERPRISE_GROUP));
            e.setVariable(ReportingProcess.VAR_REMINDED, true);
        });
        Mocks.register(ReportingProcess.BEAN_MARK_OVERDUE, (TaskListener) t -> {
            calls.add("overdue " + t.getVariable(VAR_REPORT_ID));
            t.getExecution().setVariable(ReportingProcess.VAR_ESCALATED, true);
        });
        Mocks.register(ReportingProcess.BEAN_RECORD_VERIFICATION, (TaskListener) t -> verifications.add(t.getAssignee()));
        Mocks.register(BEAN_RECORD_CANCELLATION, (JavaDelegate) e -> calls.add("cancel " + e.getVariable(VAR_CANCEL_REASON)));
    }

    @AfterEach
    void unbind() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @Deployment(resources = MODEL)
    void aCleanReportIsApprovedTheFirstTime() {
        ProcessInstance instance = requested();
        submit(instance);
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_SUBMIT, TASK_ACCOUNT, TASK_CHECK, TASK_VERIFY, TASK_APPROVE,
                TASK_ARCHIVE, END_APPROVED).hasNotPassed(TASK_EXPLAIN, TASK_RECORD_RETURN, TASK_REMIND, TASK_FOLLOW_UP_OVERDUE);
        Assertions.assertThat(calls).containsExactly("account R-2026-330100-0001", "check 0",
                "decision approved=true comment=数据完整", "archive R-2026-330100-0001");
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().count())
                .as("the reminder and deadline timers leave with the submission").isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void aFlaggedReportIsExplainedThenVerifiedAndApproved() {
        flagCounts.add(2);
        ProcessInstance instance = requested();
        submit(instance);
        assertThat(instance).isWaitingAt(TASK_EXPLAIN);
        assertThat(task(TASK_EXPLAIN, instance)).hasCandidateGroup(ENTERPRISE_GROUP);
        complete(task(TASK_EXPLAIN, instance), withVariables(VAR_CORRECT, false));
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassedInOrder(TASK_CHECK, TASK_EXPLAIN, TASK_VERIFY, TASK_APPROVE, END_APPROVED);
        Assertions.assertThat(calls).containsExactly("account R-2026-330100-0001", "check 2",
                "decision approved=true comment=数据完整", "archive R-2026-330100-0001");
    }

    @Test
    @Deployment(resources = MODEL)
    void aFlaggedReportCorrectedBySubmittingAgainIsApprovedOnceClean() {
        flagCounts.add(1);
        ProcessInstance instance = requested();
        submit(instance);
        complete(task(TASK_EXPLAIN, instance), withVariables(VAR_CORRECT, true));
        assertThat(instance).isWaitingAt(TASK_SUBMIT).hasNotPassed(TASK_VERIFY);
        submit(instance);
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassed(END_APPROVED);
        Assertions.assertThat(calls).containsExactly("account R-2026-330100-0001", "check 1",
                "account R-2026-330100-0001", "check 0", "decision approved=true comment=数据完整",
                "archive R-2026-330100-0001");
    }

    @Test
    @Deployment(resources = MODEL)
    void aReportReturnedByTheOfficialIsSubmittedAgainAndApproved() {
        ProcessInstance instance = requested();
        submit(instance);
        verify(instance);
        complete(task(TASK_APPROVE, instance), withVariables(VAR_APPROVED, false, VAR_COMMENT, "外购电力缺发票"));
        assertThat(instance).hasPassed(TASK_RECORD_RETURN).hasNotPassed(TASK_ARCHIVE).isWaitingAt(TASK_SUBMIT);
        submit(instance);
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassed(END_APPROVED);
        Assertions.assertThat(calls).containsExactly("account R-2026-330100-0001", "check 0",
                "decision approved=false comment=外购电力缺发票", "return 外购电力缺发票",
                "account R-2026-330100-0001", "check 0", "decision approved=true comment=数据完整",
                "archive R-2026-330100-0001");
    }

    @Test
    @Deployment(resources = MODEL)
    void theReminderRemindsTheFillerAndLeavesTheSubmissionOpen() {
        ProcessInstance instance = requested();
        Assertions.assertThat(dueTimers()).as("nothing is due when the cycle opens").isEmpty();

        ClockUtil.setCurrentTime(Date.from(REMINDER_AT.plusMinutes(1).toInstant()));
        Assertions.assertThat(dueTimers()).extracting(this::timerActivity).containsExactly(TIMER_REMINDER);
        execute(dueTimers().get(0));

        assertThat(instance).hasPassed(TASK_REMIND).isWaitingAt(TASK_SUBMIT).hasNotPassed(TASK_FOLLOW_UP_OVERDUE);
        assertThat(task(TASK_SUBMIT, instance)).hasCandidateGroup(ENTERPRISE_GROUP);
        Assertions.assertThat(calls).containsExactly("remind " + ENTERPRISE_GROUP);
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().timers().list())
                .extracting(this::timerActivity).as("the deadline still stands").containsExactly(TIMER_DEADLINE);
    }

    @Test
    @Deployment(resources = MODEL)
    void afterTheDeadlineTheRegionFollowsUpAndTheSubmissionStaysOpen() {
        ProcessInstance instance = requested();
        ClockUtil.setCurrentTime(Date.from(DEADLINE.plusMinutes(1).toInstant()));
        execute(processEngine.getManagementService().createJobQuery().timers().executable().activityId(TIMER_DEADLINE)
                .singleResult());

        assertThat(instance).isWaitingAt(TASK_SUBMIT, TASK_FOLLOW_UP_OVERDUE);
        org.assertj.core.api.Assertions.assertThat(calls).as("the report is marked overdue").contains("overdue R-2026-330100-0001");
        assertThat(task(TASK_FOLLOW_UP_OVERDUE, instance)).hasCandidateGroup(REGION_GROUP);
        assertThat(task(TASK_SUBMIT, instance)).hasCandidateGroup(ENTERPRISE_GROUP);

        complete(task(TASK_FOLLOW_UP_OVERDUE, instance));
        assertThat(instance).isWaitingAt(TASK_SUBMIT).isNotEnded();
        submit(instance);
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassed(TASK_FOLLOW_UP_OVERDUE, END_APPROVED);
    }

    @Test
    @Deployment(resources = MODEL)
    void anOfficialCancelsAReportWaitingForSubmission() {
        ProcessInstance instance = requested();
        cancel(instance, "单位已关停");
        assertThat(instance).isEnded().hasPassed(TASK_RECORD_CANCELLATION, END_CANCELLED).hasNotPassed(TASK_ACCOUNT);
        Assertions.assertThat(calls).containsExactly("cancel 单位已关停");
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().count())
                .as("no reminder or deadline fires for a cancelled report").isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void anOfficialCancelsAReportWaitingForApproval() {
        ProcessInstance instance = requested();
        submit(instance);
        verify(instance);
        cancel(instance, "重复发起");
        assertThat(instance).isEnded().hasPassed(TASK_RECORD_CANCELLATION, END_CANCELLED)
                .hasNotPassed(TASK_ARCHIVE, TASK_RECORD_RETURN);
        Assertions.assertThat(calls).containsExactly("account R-2026-330100-0001", "check 0", "cancel 重复发起");
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void cancellingAnOverdueReportAlsoClosesTheFollowUp() {
        ProcessInstance instance = requested();
        ClockUtil.setCurrentTime(Date.from(DEADLINE.plusDays(3).toInstant()));
        dueTimers().forEach(BpmnAwareTests::execute);
        assertThat(instance).isWaitingAt(TASK_SUBMIT, TASK_FOLLOW_UP_OVERDUE).hasPassed(TASK_REMIND);
        cancel(instance, "单位已注销");
        assertThat(instance).isEnded().hasPassed(END_CANCELLED);
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = MODEL)
    void aReportReturnedAfterTheDeadlineIsNotRemindedOrEscalatedTwice() {
        ProcessInstance instance = requested();
        ClockUtil.setCurrentTime(Date.from(DEADLINE.plusMinutes(1).toInstant()));
        dueTimers().forEach(j -> execute(j));
        complete(task(TASK_FOLLOW_UP_OVERDUE, instance));
        submit(instance);
        verify(instance);
        complete(task(TASK_APPROVE, instance), withVariables(VAR_APPROVED, false, VAR_COMMENT, "请补充十二月数据"));
        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        // the submission task's timers come back with dates in the past: they fire, and end at once
        dueTimers().forEach(j -> execute(j));
        assertThat(instance).isWaitingAt(TASK_SUBMIT).hasPassed("End_AlreadyReminded", "End_AlreadyEscalated");
        org.assertj.core.api.Assertions.assertThat(calls.stream().filter(c -> c.startsWith("remind"))).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(calls.stream().filter(c -> c.startsWith("overdue"))).hasSize(1);
        submit(instance);
        verify(instance);
        approve(instance);
        assertThat(instance).isEnded().hasPassed(END_APPROVED);
    }

    private ProcessInstance requested() {
        ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(ReportingProcess.UNIT_KEY,
                "R-2026-330100-0001", Map.of(VAR_REPORT_ID, "R-2026-330100-0001", VAR_UNIT_ID, "U-330100-0042",
                        VAR_YEAR, 2025, VAR_ENTERPRISE_GROUP, ENTERPRISE_GROUP, VAR_REGION_GROUP, REGION_GROUP,
                        VAR_REMINDER_AT, REMINDER_AT.toString(), VAR_DEADLINE, DEADLINE.toString()));
        assertThat(instance).isWaitingAt(TASK_SUBMIT);
        return instance;
    }

    private void submit(ProcessInstance instance) {
        assertThat(task(TASK_SUBMIT, instance)).hasCandidateGroup(ENTERPRISE_GROUP);
        complete(task(TASK_SUBMIT, instance));
    }

    private void verify(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(TASK_VERIFY);
        assertThat(task(TASK_VERIFY, instance)).hasCandidateGroup(VERIFIER_GROUP);
        complete(task(TASK_VERIFY, instance));
        assertThat(instance).isWaitingAt(TASK_APPROVE);
        assertThat(task(TASK_APPROVE, instance)).hasCandidateGroup(REGION_GROUP);
    }

    private void approve(ProcessInstance instance) {
        complete(task(TASK_APPROVE, instance), withVariables(VAR_APPROVED, true, VAR_COMMENT, "数据完整"));
    }

    private void cancel(ProcessInstance instance, String reason) {
        processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_CANCEL)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(VAR_CANCEL_REASON, reason)
                .correlate();
    }

    private List<Job> dueTimers() {
        return processEngine.getManagementService().createJobQuery().timers().executable().orderByJobDuedate().asc().list();
    }

    private String timerActivity(Job job) {
        return processEngine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }
}
