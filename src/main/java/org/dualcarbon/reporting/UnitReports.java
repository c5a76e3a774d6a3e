package org.dualcarbon.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.dualcarbon.activity.ActivityRecords;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.reporting.internal.ReportFormReader;
import org.dualcarbon.reporting.internal.ReportingMapper;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a unit's report: the enterprise saves drafts and submits (which completes its task — the
 * platform then accounts and checks in the same transaction, so a failed accounting stores nothing), explains
 * flags or goes back to correct; a verifier records findings; an official approves or returns with a reason, or
 * cancels. Every action checks the permission and that the report's process is at that step.
 */
@Service
public class UnitReports {

    private final ReportingMapper store;
    private final ReportTemplates templates;
    private final EmissionUnitService units;
    private final ActivityRecords activity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    public UnitReports(ReportingMapper store, ReportTemplates templates, EmissionUnitService units, ActivityRecords activity,
                       TaskService tasks, RuntimeService runtime, ObjectMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.templates = templates;
        this.units = units;
        this.activity = activity;
        this.tasks = tasks;
        this.runtime = runtime;
        this.json = json;
    }

    /** A report of the caller's scope (404 otherwise). */
    public UnitReport report(long id) {
        return store.findReport(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    public List<UnitReport> reports(Integer year, String regionPath, ReportStatus status, Long enterpriseId, Boolean overdue,
                                    Boolean flagged) {
        return store.reports(year, regionPath, status == null ? null : status.name(), enterpriseId, overdue, flagged);
    }

    public ReportTemplate template(UnitReport report) {
        return templates.forSector(report.sector());
    }

    /** The items the unit's form shows: the unit's registered items first, then those its template offers. */
    public Set<String> formItems(UnitReport report) {
        Set<String> items = new LinkedHashSet<>(units.get(report.unitId()).itemCodes());
        template(report).sections().forEach(s -> items.addAll(s.items()));
        return items;
    }

    /** What the form starts from: the draft, else the latest submission, else nothing. */
    public Optional<ReportData> current(UnitReport report) {
        Optional<String> text = store.draft(report.id()).or(() -> store.latestSubmission(report.id())
                .map(ReportingMapper.SubmissionRow::dataJson));
        return text.map(this::read);
    }

    public List<ReportFlag> flags(long reportId) {
        report(reportId);
        return store.latestSubmission(reportId).map(s -> store.flags(reportId, s.id())).orElse(List.of());
    }

    public List<ReportEvent> history(long reportId) {
        report(reportId);
        return store.events(reportId);
    }

    public List<ReportingMapper.SubmissionRow> submissions(long reportId) {
        report(reportId);
        return store.submissions(reportId);
    }

    /** Keeps what was typed, even with problems; nothing else changes. */
    @Transactional
    public ReportFormReader.Read saveDraft(long reportId, Map<String, String> form, CurrentUser me) {
        me.require(Permission.ACTIVITY_SUBMIT);
        UnitReport report = report(reportId);
        ReportFormReader.Read read = ReportFormReader.read(form, template(report), formItems(report));
        store.deleteDraft(reportId);
        store.insertDraft(reportId, write(read.data()), me.getUsername(), report.scopePath());
        return read;
    }

    /**
     * Submits the form: refused whole with every field's problem; a token seen before returns the report unchanged
     * (two tabs, a retried request); otherwise the submission is stored as the next version, the unit's activity
     * data for the year replaced, and the submission task completed.
     */
    @Transactional
    public UnitReport submit(long reportId, Map<String, String> form, String token, CurrentUser me) {
        return submit(reportId, form, token, me, Channel.FORM);
    }

    /** How a submission came in; recorded as the source of the activity data it replaces. */
    public enum Channel { FORM, EXCEL }

    /** The same submission, arriving through another channel (an Excel import reads its file into form fields). */
    @Transactional
    public UnitReport submit(long reportId, Map<String, String> form, String token, CurrentUser me, Channel channel) {
        me.require(Permission.ACTIVITY_SUBMIT);
        UnitReport report = report(reportId);
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new InvalidInputException("token", "表单已失效，请刷新后重新提交 / the form is stale; reload it");
        }
        if (store.submissionByToken(token).isPresent()) {
            return report(reportId);
        }
        Task task = task(report, ReportingProcess.TASK_SUBMIT, "当前不在填报环节 / the report is not open for submission");
        ReportFormReader.Read read = ReportFormReader.read(form, template(report), formItems(report));
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems());
        }
        store.insertSubmission(new ReportingMapper.SubmissionRow(null, reportId, store.nextVersion(reportId),
                write(read.data()), token, me.getUsername(), null, report.scopePath()));
        // recorded in the ledger within this transaction: a submission that rolls back leaves no record
        events.publishEvent(new ReportSubmitted(store.submissionByToken(token).orElseThrow().id(), reportId, me.getUsername()));
        store.deleteDraft(reportId);
        activity.replaceUnitYear(report.unitId(), report.enterpriseId(), report.scopePath(), report.year(), read.data().monthly(),
                channel.name());
        event(report, "SUBMITTED", me.getUsername(), null);
        tasks.complete(task.getId(), Map.of());
        return report(reportId);
    }

    /** Explains the flags (every flag needs a sentence) or, with {@code correct}, goes back to the form. */
    @Transactional
    public void explain(long reportId, Map<Long, String> explanations, boolean correct, CurrentUser me) {
        me.require(Permission.ACTIVITY_SUBMIT);
        UnitReport report = report(reportId);
        Task task = task(report, ReportingProcess.TASK_EXPLAIN, "当前没有待说明的异常 / no flags wait for an explanation");
        if (!correct) {
            for (ReportFlag flag : flags(reportId)) {
                String text = explanations.get(flag.id());
                if (text == null || text.isBlank() || text.length() > 1000) {
                    throw new InvalidInputException("explanation." + flag.id(), "请说明该异常（不超过1000字） / explain this flag "
                            + flag.ruleName() + " (at most 1000 characters)");
                }
                store.explainFlag(flag.id(), reportId, text.strip(), me.getUsername());
            }
        }
        store.updateStatus(reportId, correct ? ReportStatus.OPEN.name() : ReportStatus.EXPLAINED.name());
        event(report, correct ? "CORRECTING" : "EXPLAINED", me.getUsername(), null);
        tasks.complete(task.getId(), Map.of(ReportingProcess.VAR_CORRECT, correct));
    }

    /** The verifier's findings complete the verification. */
    @Transactional
    public void verify(long reportId, String findings, CurrentUser me) {
        me.require(Permission.REPORT_VERIFY);
        UnitReport report = report(reportId);
        Task task = task(report, ReportingProcess.TASK_VERIFY, "当前不在核查环节 / the report is not waiting for verification");
        if (findings == null || findings.isBlank() || findings.length() > 1000) {
            throw new InvalidInputException("findings", "请填写核查结论（不超过1000字） / record the findings (at most 1000 characters)");
        }
        tasks.complete(task.getId(), Map.of(ReportingProcess.VAR_COMMENT, findings.strip(),
                ReportingProcess.VAR_VERIFIED_BY, me.getUsername()));
    }

    /** Approves, or returns with a reason (required). The same decision can be taken in Tasklist. */
    @Transactional
    public void decide(long reportId, boolean approved, String comment, CurrentUser me) {
        me.require(Permission.REPORT_APPROVE);
        UnitReport report = report(reportId);
        Task task = task(report, ReportingProcess.TASK_APPROVE, "当前不在审批环节 / the report is not waiting for approval");
        if (!approved && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "退回时须说明理由 / say why it is returned");
        }
        tasks.complete(task.getId(), Map.of(ReportingProcess.VAR_APPROVED, approved,
                ReportingProcess.VAR_COMMENT, comment == null ? "" : comment.strip(), ReportingProcess.VAR_DECIDED_BY, me.getUsername()));
    }

    /** Cancels a unit's report with a reason; its history stays. */
    @Transactional
    public void cancel(long reportId, String reason, CurrentUser me) {
        me.require(Permission.REPORT_LAUNCH);
        UnitReport report = report(reportId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明撤销理由 / say why");
        }
        if (report.status() == ReportStatus.APPROVED || report.status() == ReportStatus.CANCELLED) {
            throw new InvalidInputException("status", "已批准或已撤销的报告不能撤销 / an approved or cancelled report cannot be cancelled");
        }
        runtime.createMessageCorrelation(ReportingProcess.MESSAGE_CANCEL).processInstanceId(report.processInstance())
                .setVariable(ReportingProcess.VAR_CANCEL_REASON, reason.strip())
                .setVariable("cancelledBy", me.getUsername()).correlate();
    }

    private Task task(UnitReport report, String key, String notThere) {
        Task task = report.processInstance() == null ? null : tasks.createTaskQuery()
                .processInstanceId(report.processInstance()).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new InvalidInputException("status", notThere);
        }
        return task;
    }

    private void event(UnitReport report, String event, String actor, String remark) {
        store.insertEvent(new ReportingMapper.EventRow(report.id(), event, actor, remark, report.scopePath()));
    }

    String write(ReportData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ReportData read(String text) {
        try {
            return json.readValue(text, ReportData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report could not be read", e);
        }
    }
}
