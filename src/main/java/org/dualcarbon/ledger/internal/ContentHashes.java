package org.dualcarbon.ledger.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.dualcarbon.ledger.CanonicalJson;
import org.dualcarbon.ledger.Sha256;
import org.springframework.stereotype.Component;

/** The content hash of a live business row: the owning module's provider, read with the platform's scope. */
@Component
public class ContentHashes {

    private final Map<String, CanonicalContentProvider> byType = new HashMap<>();
    private final ScopeContext scope;

    ContentHashes(List<CanonicalContentProvider> providers, ScopeContext scope) {
        this.scope = scope;
        for (CanonicalContentProvider provider : providers) {
            for (String type : provider.recordTypes()) {
                if (byType.put(type, provider) != null) {
                    throw new IllegalStateException("two canonical content providers for ledger type " + type);
                }
            }
        }
    }

    public boolean knows(String type) {
        return byType.containsKey(type);
    }

    /** SHA-256 (hex) of the canonical JSON of the row now; empty when the row is gone. */
    public Optional<String> hash(String type, String objectId) {
        CanonicalContentProvider provider = byType.get(type);
        if (provider == null) {
            throw new IllegalStateException("no canonical content provider for ledger type " + type);
        }
        return scope.asSystem(() -> provider.canonicalContent(type, objectId))
                .map(content -> Sha256.hex(CanonicalJson.bytes(content)));
    }
}
