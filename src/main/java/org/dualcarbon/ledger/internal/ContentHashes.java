package org.dualcarbon.ledger.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.ledger.CanonicalContentProvider;
import org.dualcarbon.ledger.CanonicalJson;
import org.dualcarbon.ledger.Sha256;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The content hash of a live business row: the owning module's provider, read with the platform's scope. Providers are
 * looked up on first use, because some of them (audit, monitoring batches) append to the ledger themselves.
 */
@Component
public class ContentHashes {

    private final ObjectProvider<CanonicalContentProvider> providers;
    private final ScopeContext scope;
    private volatile Map<String, CanonicalContentProvider> byType;

    ContentHashes(ObjectProvider<CanonicalContentProvider> providers, ScopeContext scope) {
        this.providers = providers;
        this.scope = scope;
    }

    public boolean knows(String type) {
        return byType().containsKey(type);
    }

    private Map<String, CanonicalContentProvider> byType() {
        Map<String, CanonicalContentProvider> known = byType;
        if (known == null) {
            Map<String, CanonicalContentProvider> found = new HashMap<>();
            providers.orderedStream().forEach(provider -> provider.recordTypes().forEach(type -> {
                if (found.put(type, provider) != null) {
                    throw new IllegalStateException("two canonical content providers for ledger type " + type);
                }
            }));
            known = Map.copyOf(found);
            byType = known;
        }
        return known;
    }

    /** SHA-256 (hex) of the canonical JSON of the row now; empty when the row is gone. */
    public Optional<String> hash(String type, String objectId) {
        CanonicalContentProvider provider = byType().get(type);
        if (provider == null) {
            throw new IllegalStateException("no canonical content provider for ledger type " + type);
        }
        return scope.asSystem(() -> provider.canonicalContent(type, objectId))
                .map(content -> Sha256.hex(CanonicalJson.bytes(content)));
    }
}
