package org.dualcarbon.audit;

import java.time.LocalDate;

/** Filters of the audit page: a date range in Beijing time (both ends inclusive), a user name, an event. */
public record AuditSearch(LocalDate from, LocalDate to, String username, String event) {
}
