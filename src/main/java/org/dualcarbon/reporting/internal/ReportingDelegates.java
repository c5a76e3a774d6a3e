package org.dualcarbon.reporting.internal;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.dualcarbon.reporting.ReportingProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.dualcarbon.reporting.ReportingCycles;
import org.dualcarbon.reporting.ReportingProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine glue of processes/reporting: each bean reads variables and calls one service method. */
@Configuration(proxyBeanMethods = false)
class ReportingDelegates {

    @Bean(ReportingProcess.BEAN_PREPARE_BATCHES)
    JavaDelegate prepareReportBatches(ReportingCycles cycles) {
        return e -> {
            e.setVariable(ReportingProcess.VAR_BATCH_COUNT, cycles.prepare(cycleId(e)));
            e.setVariable(ReportingProcess.VAR_BATCH_INDEX, 0);
        };
    }

    @Bean(ReportingProcess.BEAN_START_UNIT_BATCH)
    JavaDelegate startUnitReportBatch(ReportingCycles cycles) {
        return e -> {
            int index = ((Number) e.getVariable(ReportingProcess.VAR_BATCH_INDEX)).intValue();
            cycles.startBatch(cycleId(e), index);
            e.setVariable(ReportingProcess.VAR_BATCH_INDEX, index + 1);
        };
    }

    @Bean(ReportingProcess.BEAN_LAUNCH_SCHEDULED)
    JavaDelegate launchScheduledCycle(ReportingCycles cycles, ReportingProperties properties) {
        return e -> cycles.launchScheduled(LocalDate.now(), properties)
                .ifPresent(c -> e.setVariable(ReportingProcess.VAR_CYCLE_ID, c.id()));
    }

    @Bean(ReportingProcess.BEAN_ACCOUNT)
    JavaDelegate accountSubmittedReport(ReportSteps steps) {
        return e -> steps.account(reportId(e));
    }

    @Bean(ReportingProcess.BEAN_CHECK)
    JavaDelegate checkReportAnomalies(ReportSteps steps) {
        return e -> e.setVariable(ReportingProcess.VAR_FLAG_COUNT, steps.check(reportId(e)));
    }

    @Bean(ReportingProcess.BEAN_ARCHIVE)
    JavaDelegate archiveApprovedReport(ReportSteps steps) {
        return e -> steps.archive(reportId(e), text(e, ReportingProcess.VAR_DECIDED_BY), text(e, ReportingProcess.VAR_COMMENT));
    }

    @Bean(ReportingProcess.BEAN_RECORD_RETURN)
    JavaDelegate recordReportReturn(ReportSteps steps) {
        return e -> steps.returned(reportId(e), text(e, ReportingProcess.VAR_DECIDED_BY), text(e, ReportingProcess.VAR_COMMENT));
    }

    @Bean(ReportingProcess.BEAN_REMIND)
    JavaDelegate remindReportFiller(ReportSteps steps) {
        return e -> {
            steps.remind(reportId(e));
            e.setVariable(ReportingProcess.VAR_REMINDED, true);
        };
    }

    @Bean(ReportingProcess.BEAN_RECORD_CANCELLATION)
    JavaDelegate recordReportCancellation(ReportSteps steps) {
        return e -> steps.cancelled(reportId(e), text(e, "cancelledBy"), text(e, ReportingProcess.VAR_CANCEL_REASON));
    }

    /** Records the findings and who verified: the Tasklist user, or the platform page's user passed as a variable. */
    @Bean(ReportingProcess.BEAN_RECORD_VERIFICATION)
    TaskListener recordReportVerification(ReportSteps steps) {
        return task -> {
            String verifier = person(task, ReportingProcess.VAR_VERIFIED_BY, "a report is verified by a logged-in person");
            Object findings = task.getVariable(ReportingProcess.VAR_COMMENT);
            if (findings == null || findings.toString().isBlank()) {
                throw new IllegalStateException("核查结论不能为空 / the findings are required");
            }
            steps.verified(reportId(task), verifier, findings.toString());
        };
    }

    /** Who decided: the Tasklist user, or the platform page's user passed as a variable. */
    @Bean(ReportingProcess.BEAN_RECORD_DECISION)
    TaskListener recordReportDecision() {
        return task -> {
            person(task, ReportingProcess.VAR_DECIDED_BY, "an approval is decided by a logged-in person");
            Object approved = task.getVariable(ReportingProcess.VAR_APPROVED);
            Object comment = task.getVariable(ReportingProcess.VAR_COMMENT);
            if (!Boolean.parseBoolean(String.valueOf(approved)) && (comment == null || comment.toString().isBlank())) {
                throw new IllegalStateException("退回时须说明理由 / say why the report is returned");
            }
        };
    }

    /** The Tasklist user (stored in the variable), else the variable the platform's page set. */
    private static String person(DelegateTask task, String variable, String missing) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            task.setVariable(variable, current.getUserId());
            return current.getUserId();
        }
        Object set = task.getVariable(variable);
        if (set == null) {
            throw new IllegalStateException(missing);
        }
        return set.toString();
    }

    @Bean(ReportingProcess.BEAN_MARK_OVERDUE)
    TaskListener markReportOverdue(ReportSteps steps) {
        return task -> {
            steps.overdue(reportId(task));
            task.getExecution().setVariable(ReportingProcess.VAR_ESCALATED, true);
        };
    }

    private static long cycleId(DelegateExecution e) {
        return Long.parseLong(String.valueOf(e.getVariable(ReportingProcess.VAR_CYCLE_ID)));
    }

    /** The report id, whether the engine holds it as a number or a form sent it back as text. */
    private static long reportId(VariableScope e) {
        return Long.parseLong(String.valueOf(e.getVariable(ReportingProcess.VAR_REPORT_ID)));
    }

    private static String text(VariableScope e, String name) {
        Object value = e.getVariable(name);
        return value == null ? null : value.toString();
    }
}
