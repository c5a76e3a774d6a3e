package org.dualcarbon.audit;

/** The result of an audited action. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
