package org.dualcarbon.reporting;

/**
 * Constants of the annual reporting cycle's processes (processes/reporting/), shared by Java and the models.
 *
 * <p>{@value #CYCLE_KEY}: an official launches a cycle for a year and a division; the launch process starts one
 * {@value #UNIT_KEY} instance per emission unit in scope, asynchronously, {@value #BATCH_SIZE} at a time (one job
 * per batch, so a failure retries one batch and never the whole cycle).
 *
 * <p>{@value #UNIT_KEY}: the enterprise submits → the platform accounts → anomaly rules check → flagged reports are
 * corrected or explained by the enterprise → a verifier records findings → an official approves (archive) or returns
 * with a reason (back to submission). A reminder fires before the deadline; after it, the supervising officials get
 * an escalation task. An official may cancel a unit's report with a reason at any time.
 */
public final class ReportingProcess {

    public static final String CYCLE_KEY = "annualReportingCycle";
    public static final String UNIT_KEY = "unitEmissionReport";
    /** The yearly timer that launches the previous year's cycle for the configured division. */
    public static final String SCHEDULED_KEY = "scheduledReportingLaunch";
    public static final String BEAN_LAUNCH_SCHEDULED = "launchScheduledCycle";
    public static final int BATCH_SIZE = 200;

    // launch process
    public static final String TASK_PREPARE_BATCHES = "Task_PrepareBatches";
    public static final String TASK_START_UNIT_BATCH = "Task_StartUnitBatch";
    /** Every batch started. */
    public static final String END_CYCLE_LAUNCHED = "End_CycleLaunched";
    /** No emission unit in scope: nothing was started. */
    public static final String END_NO_UNITS = "End_NoUnitsInScope";
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_BATCH_COUNT = "batchCount";
    public static final String VAR_BATCH_INDEX = "batchIndex";

    // unit process
    public static final String TASK_SUBMIT = "Task_SubmitReport";
    public static final String TASK_ACCOUNT = "Task_AccountReport";
    public static final String TASK_CHECK = "Task_CheckAnomalies";
    public static final String TASK_EXPLAIN = "Task_ExplainFlags";
    public static final String TASK_VERIFY = "Task_VerifyReport";
    public static final String TASK_APPROVE = "Task_ApproveReport";
    public static final String TASK_ARCHIVE = "Task_ArchiveReport";
    public static final String TASK_RECORD_RETURN = "Task_RecordReturn";
    public static final String TASK_REMIND = "Task_RemindFiller";
    public static final String TASK_FOLLOW_UP_OVERDUE = "Task_FollowUpOverdue";
    public static final String TASK_RECORD_CANCELLATION = "Task_RecordCancellation";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String TIMER_DEADLINE = "Timer_Deadline";
    public static final String MESSAGE_CANCEL = "ReportCancelled";
    public static final String END_APPROVED = "End_ReportApproved";
    public static final String END_CANCELLED = "End_ReportCancelled";

    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_YEAR = "year";
    /** Engine group of the unit's enterprise (ent + USCC): who submits and explains. */
    public static final String VAR_ENTERPRISE_GROUP = "enterpriseGroup";
    /** Engine group of the supervising division (region + code): who approves and follows up. */
    public static final String VAR_REGION_GROUP = "regionGroup";
    /** ISO-8601 date-times of the reminder and of the deadline. */
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_DEADLINE = "deadline";
    /** Set by the anomaly check: how many flags the current submission raised. */
    public static final String VAR_FLAG_COUNT = "flagCount";
    /** Set by the explain task: true when the filler chooses to correct the data instead of explaining. */
    public static final String VAR_CORRECT = "correct";
    /** Set by the approval task. */
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_CANCEL_REASON = "cancelReason";
    /** Set when the filler was reminded / the officials were given the follow-up task: each happens once. */
    public static final String VAR_REMINDED = "reminded";
    public static final String VAR_ESCALATED = "escalated";
    /** Who verified and who decided, when the step was taken on the platform's page rather than in Tasklist. */
    public static final String VAR_VERIFIED_BY = "verifiedBy";
    public static final String VAR_DECIDED_BY = "decidedBy";

    // delegate beans (thin: each reads variables and calls a service of this module)
    public static final String BEAN_PREPARE_BATCHES = "prepareReportBatches";
    public static final String BEAN_START_UNIT_BATCH = "startUnitReportBatch";
    public static final String BEAN_ACCOUNT = "accountSubmittedReport";
    public static final String BEAN_CHECK = "checkReportAnomalies";
    public static final String BEAN_ARCHIVE = "archiveApprovedReport";
    public static final String BEAN_RECORD_RETURN = "recordReportReturn";
    public static final String BEAN_REMIND = "remindReportFiller";
    public static final String BEAN_RECORD_CANCELLATION = "recordReportCancellation";
    public static final String BEAN_RECORD_DECISION = "recordReportDecision";
    /** Task listener (complete) of the verification: records the findings and the verifier. */
    public static final String BEAN_RECORD_VERIFICATION = "recordReportVerification";
    /** Task listener (create) of the overdue follow-up task: marks the report overdue. */
    public static final String BEAN_MARK_OVERDUE = "markReportOverdue";

    private ReportingProcess() {
    }
}
