package org.dualcarbon.documents.internal;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.documents.ReportDocuments;
import org.dualcarbon.reporting.ReportApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Generates an approved report's documents and registers their fingerprints — after the approval has committed and
 * on a thread of its own, so that neither the time it takes (the first PDF parses the fonts) nor a failure can hold
 * up or undo the approval. A failure is logged with the report id; the documents stay downloadable (they are
 * generated from the stored data on demand) and the first download registers the missing fingerprint.
 */
@Component
class ApprovedReportDocuments {

    private static final Logger log = LoggerFactory.getLogger(ApprovedReportDocuments.class);
    /** The platform reads the report as a system task: read permission only, unrestricted scope. */
    private static final UsernamePasswordAuthenticationToken PLATFORM = UsernamePasswordAuthenticationToken.authenticated(
            "platform", null, List.of(new SimpleGrantedAuthority("ACTIVITY_READ")));

    private final ReportDocuments documents;
    private final ScopeContext scope;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "report-documents");
        thread.setDaemon(true);
        return thread;
    });

    ApprovedReportDocuments(ReportDocuments documents, ScopeContext scope) {
        this.documents = documents;
        this.scope = scope;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void approved(ReportApproved event) {
        worker.execute(() -> generate(event.reportId()));
    }

    /** Generates and registers the documents; false (and logged with the report id) when that failed. */
    boolean generate(long reportId) {
        SecurityContextHolder.getContext().setAuthentication(PLATFORM);
        try {
            scope.asSystem(() -> documents.registerApproved(reportId));
            return true;
        } catch (RuntimeException e) {
            log.error("documents of approved report {} could not be generated; the first download will register them",
                    reportId, e);
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
