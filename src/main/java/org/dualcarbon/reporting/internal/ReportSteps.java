package org.dualcarbon.reporting.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.reporting.ReportApproved;
import org.dualcarbon.reporting.ReportData;
import org.dualcarbon.reporting.ReportDecided;
import org.dualcarbon.reporting.ReportStatus;
import org.dualcarbon.reporting.UnitReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The automatic steps of a unit's report process, each called by one thin delegate. */
@Service
class ReportSteps {

    private final ReportingMapper store;
    private final AnnualAccounting accounting;
    private final AnomalyRules rules;
    private final ScopeContext scope;
    private final ObjectMapper json;
    private final ReportLedgerMapper ledgerRows;
    private final ApplicationEventPublisher events;

    ReportSteps(ReportingMapper store, AnnualAccounting accounting, AnomalyRules rules, ScopeContext scope, ObjectMapper json,
                ReportLedgerMapper ledgerRows, ApplicationEventPublisher events) {
        this.ledgerRows = ledgerRows;
        this.events = events;
        this.store = store;
        this.accounting = accounting;
        this.rules = rules;
        this.scope = scope;
        this.json = json;
    }

    /** Accounts the latest submission (its figures are the unit's activity data now) with its per-item figures. */
    @Transactional
    public void account(long reportId) {
        UnitReport report = report(reportId);
        ReportingMapper.SubmissionRow submission = store.latestSubmission(reportId).orElseThrow();
        AccountingRun run = accounting.accountUnit(report.unitId(), report.year(), data(submission).fields(),
                submission.submittedBy());
        store.updateAccounted(reportId, run.id(), run.total());
    }

    /** Runs the anomaly rules over the latest submission, stores the flags and returns how many there are. */
    @Transactional
    public int check(long reportId) {
        UnitReport report = report(reportId);
        ReportingMapper.SubmissionRow submission = store.latestSubmission(reportId).orElseThrow();
        Map<String, BigDecimal> previous = store.itemTotals(report.unitId(), report.year() - 1).stream()
                .collect(Collectors.toMap(ReportingMapper.ItemTotal::itemCode, ReportingMapper.ItemTotal::quantity));
        AnomalyMetrics.Context context = new AnomalyMetrics.Context(report.sector(), report.total(),
                store.accountedTotal(report.unitId(), report.year() - 1), previous, store.capacityMw(report.unitId()));
        List<FlagSink.Raised> raised = rules.check(AnomalyMetrics.of(data(submission), context));
        if (!raised.isEmpty()) {
            store.insertFlags(raised.stream().map(f -> new ReportingMapper.FlagRow(reportId, submission.id(), f.ruleName(),
                    f.subject(), f.observed(), f.threshold(), f.message(), report.scopePath())).toList());
        }
        store.updateFlags(reportId, raised.size(), raised.isEmpty() ? ReportStatus.SUBMITTED.name() : ReportStatus.FLAGGED.name());
        return raised.size();
    }

    @Transactional
    public void verified(long reportId, String verifier, String findings) {
        finish(reportId, ReportStatus.VERIFIED, "VERIFIED", verifier, findings.strip());
    }

    @Transactional
    public void archive(long reportId, String decidedBy, String comment) {
        finish(reportId, ReportStatus.APPROVED, "APPROVED", decidedBy, comment);
        events.publishEvent(new ReportApproved(reportId, report(reportId).year(), decidedBy));
    }

    @Transactional
    public void returned(long reportId, String decidedBy, String comment) {
        finish(reportId, ReportStatus.RETURNED, "RETURNED", decidedBy, comment);
    }

    @Transactional
    public void cancelled(long reportId, String by, String reason) {
        finish(reportId, ReportStatus.CANCELLED, "CANCELLED", by, reason);
    }

    @Transactional
    public void remind(long reportId) {
        scope.asSystem(() -> {
            UnitReport report = report(reportId);
            store.insertEvent(new ReportingMapper.EventRow(reportId, "REMINDED", "platform",
                    "截止日期 " + report.deadline().toLocalDate() + " 前请提交 / due by the deadline", report.scopePath()));
        });
    }

    @Transactional
    public void overdue(long reportId) {
        scope.asSystem(() -> {
            UnitReport report = report(reportId);
            store.markOverdue(reportId);
            store.insertEvent(new ReportingMapper.EventRow(reportId, "ESCALATED", "platform",
                    "已逾期，已通知主管部门 / overdue; the supervising officials were given a follow-up task", report.scopePath()));
        });
    }

    private void finish(long reportId, ReportStatus status, String event, String actor, String remark) {
        scope.asSystem(() -> {
            UnitReport report = report(reportId);
            store.updateStatus(reportId, status.name());
            String by = actor == null ? "platform" : actor;
            store.insertEvent(new ReportingMapper.EventRow(reportId, event, by,
                    remark == null || remark.isBlank() ? null : remark, report.scopePath()));
            // every decision on a report (verified, approved, returned, cancelled) goes into the ledger
            events.publishEvent(new ReportDecided(ledgerRows.lastEventId(reportId), reportId, event, by));
        });
    }

    private UnitReport report(long reportId) {
        return scope.asSystem(() -> store.findReport(reportId).orElseThrow());
    }

    private ReportData data(ReportingMapper.SubmissionRow submission) {
        try {
            return json.readValue(submission.dataJson(), ReportData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored submission could not be read", e);
        }
    }
}
