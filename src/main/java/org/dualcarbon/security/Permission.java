package org.dualcarbon.security;

/** Actions the platform guards. Granted to roles in {@link PermissionMatrix}; checked as Spring authorities. */
public enum Permission {
    /** Read organisations, units and base data within the scope. */
    ORG_READ,
    /** Register and change parks and enterprises within the scope. */
    ORG_MANAGE,
    /** Add and change emission units. */
    UNIT_MANAGE,
    /** Read activity data and energy figures within the scope. */
    ACTIVITY_READ,
    /** Submit activity data for the own enterprise. */
    ACTIVITY_SUBMIT,
    /** Work tasks in Camunda Tasklist. */
    TASKLIST,
    /** Camunda Cockpit and Admin. */
    ENGINE_ADMIN,
    /** Create and change user accounts. */
    USER_MANAGE,
    /** Set password, session and role policies. */
    SECURITY_POLICY,
    /** Read the audit log (audit administrator and auditors). */
    AUDIT_LOG_READ,
    /** Verify the ledger, read its records, proofs and signed tree heads (auditors and the audit administrator). */
    LEDGER_VERIFY,
    /** Read process history and decisions. */
    PROCESS_HISTORY_READ,
    /** Edit, test and propose rule bases. */
    RULE_EDIT,
    /** Operational metrics and health details. */
    OPERATIONS,
    /** Launch an annual reporting cycle and cancel a unit's report (officials of the division). */
    REPORT_LAUNCH,
    /** Record verification findings on a submitted report (third-party verifiers). */
    REPORT_VERIFY,
    /** Approve or return a verified report (officials of the division). */
    REPORT_APPROVE
}
