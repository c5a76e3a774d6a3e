package org.dualcarbon.factors.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.dualcarbon.ledger.Sha256;
import org.springframework.stereotype.Component;

/**
 * The canonical content of an activated library version: its identity, its citation and the SHA-256 of the table as
 * stored now beside the hash recorded at registration — so an edited table (content or hash column) is found. Whether
 * it is active, and since when, is left out: a later activation legitimately changes that.
 */
@Component
class FactorLedgerContent implements CanonicalContentProvider {

    private final LibraryVersionMapper versions;

    FactorLedgerContent(LibraryVersionMapper versions) {
        this.versions = versions;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(FactorLibraryActivated.LEDGER_TYPE);
    }

    @Override
    public Optional<Map<String, Object>> canonicalContent(String recordType, String objectId) {
        int at = objectId.lastIndexOf('@');
        String code = objectId.substring(0, at);
        String version = objectId.substring(at + 1);
        return versions.find(code, version).map(v -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("code", v.code());
            content.put("version", v.version());
            content.put("title", v.title());
            content.put("document", v.document());
            content.put("published", v.published());
            content.put("status", v.status());
            content.put("origin", v.origin());
            content.put("rowCount", v.rowCount());
            content.put("contentHash", v.contentHash());
            content.put("storedContentSha256", versions.content(code, version)
                    .map(text -> Sha256.hex(text.getBytes(StandardCharsets.UTF_8))).orElse(null));
            return content;
        });
    }
}
