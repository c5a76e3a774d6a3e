/**
 * 审计日志 — the audit log (GB/T 22239-2019 8.1.4.3): logins, failed logins, logouts, account and permission changes,
 * data submissions, decisions, rule-base activations, results, exports and the ledger's own verifications, each with
 * time, user, source address, event, object and result. Append-only, readable by the audit administrator and auditors
 * (AUDIT_LOG_READ), kept online for {@code dc.audit.retention} (at least 180 days) and then moved to an archive
 * table; every row is also a ledger record, so a changed row fails the ledger's verification.
 */
package org.dualcarbon.audit;
