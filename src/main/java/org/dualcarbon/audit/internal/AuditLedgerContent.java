package org.dualcarbon.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.audit.AuditEntry;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.springframework.stereotype.Component;

/** The canonical content of an audit row — all its columns — read online or, after the archive step, from the archive. */
@Component
class AuditLedgerContent implements CanonicalContentProvider {

    private final AuditMapper rows;

    AuditLedgerContent(AuditMapper rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(AuditLog.LEDGER_TYPE);
    }

    @Override
    public Optional<Map<String, Object>> canonicalContent(String recordType, String objectId) {
        long id = Long.parseLong(objectId);
        return rows.find(id).or(() -> rows.findArchived(id)).map(AuditLedgerContent::content);
    }

    private static Map<String, Object> content(AuditEntry e) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", e.id());
        content.put("occurredMs", e.occurredMs());
        content.put("username", e.username());
        content.put("sourceAddress", e.sourceAddress());
        content.put("event", e.event());
        content.put("objectType", e.objectType());
        content.put("objectId", e.objectId());
        content.put("outcome", e.outcome());
        content.put("detail", e.detail());
        return content;
    }
}
