/**
 * 安全事件 — security events and the data lifecycle (GB/T 22239-2019 §8.1.4.4 f, §8.1.5.4; security.md §1.4 f, §2 6.1).
 * Detectors raise an event for bursts of failed logins and lockouts, scope-violation attempts (refused and not-found
 * requests of one user), MQTT refusals by the embedded broker and every failed ledger verification (and verify the
 * ledger nightly). An event is stored once per episode, written to the log channel {@code dualcarbon.security.events} (the
 * structured JSON log a SIEM reads), counted in {@code dc.security.events} and audited; the security administrator reads
 * and acknowledges them on {@code /security/events}. Every table carries a data class (public, internal, sensitive,
 * personal) with a retention rule ({@code db/data-classification.csv}); the retirement job applies the rules, audited.
 */
package org.dualcarbon.securityevents;
