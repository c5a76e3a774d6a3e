package org.dualcarbon.audit;

import java.util.List;

/** One page of audit rows, newest first. */
public record AuditPage(List<AuditEntry> rows, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
