package org.dualcarbon.audit.internal;

import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.dualcarbon.ledger.LedgerFact;
import org.dualcarbon.ledger.LedgerVerification;
import org.dualcarbon.ledger.LedgerVerified;
import org.dualcarbon.security.UserAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Business and administration events into the audit log: every ledger fact (submissions, decisions, rule-base
 * activations, results, attachments) as a data change by its actor, account and permission changes, and each ledger
 * verification with what it found. Written in the publishing transaction, so a rolled-back change leaves no row.
 */
@Component
class BusinessAudit {

    private final AuditLog audit;

    BusinessAudit(AuditLog audit) {
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(LedgerFact fact) {
        audit.record(fact.ledgerActor(), AuditLog.currentAddress(), fact.ledgerType(), fact.ledgerType(),
                fact.ledgerObjectId(), AuditOutcome.SUCCESS, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(UserAccountChanged change) {
        audit.record(change.changedBy(), AuditLog.currentAddress(), change.change(), "USER", change.username(),
                AuditOutcome.SUCCESS, "role " + change.role().name());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(org.dualcarbon.security.SecurityPolicyChanged change) {
        var b = change.before();
        var a = change.after();
        audit.record(a.changedBy(), AuditLog.currentAddress(), "SECURITY_POLICY_CHANGED", "SECURITY_POLICY",
                String.valueOf(a.version()), AuditOutcome.SUCCESS, String.format("length %d→%d, classes %d→%d, history %d→%d, "
                        + "failures %d→%d, lock %d→%d min, idle %d→%d min: %s", b.minLength(), a.minLength(), b.charClasses(),
                        a.charClasses(), b.historyCount(), a.historyCount(), b.maxFailures(), a.maxFailures(), b.lockMinutes(),
                        a.lockMinutes(), b.idleMinutes(), a.idleMinutes(), a.reason()));
    }

    @EventListener
    void on(LedgerVerified verified) {
        LedgerVerification result = verified.result();
        String detail = result.ok() ? result.checked() + " records intact"
                : "first broken record " + result.firstBroken().seq() + ": " + result.firstBroken().reason();
        audit.record(verified.requestedBy(), AuditLog.currentAddress(), "LEDGER_VERIFIED", "LEDGER", null,
                result.ok() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, detail);
    }
}
