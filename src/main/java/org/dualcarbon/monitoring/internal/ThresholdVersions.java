package org.dualcarbon.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.dualcarbon.monitoring.ThresholdTableVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored versions of the threshold table. The shipped table becomes version 1 on first start; each accepted upload
 * is the next number and the active version, inserted and activated in one transaction. Two nodes adding a version at
 * once collide on the version number and one of them fails: nothing half-done remains.
 */
@Component
class ThresholdVersions {

    static final String SYSTEM = "system";

    private final ThresholdVersionMapper store;
    private final TransactionTemplate transaction;

    ThresholdVersions(ThresholdVersionMapper store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The active version with its content; registers the shipped table as version 1 when there is none yet. */
    ActiveTable active() {
        return store.active().map(v -> new ActiveTable(v.version(), content(v.version())))
                .orElseGet(this::registerShipped);
    }

    /** The active version's number, 0 if none is stored (to notice another node's activation). */
    int activeVersion() {
        return store.active().map(ThresholdTableVersion::version).orElse(0);
    }

    List<ThresholdTableVersion> versions() {
        return store.versions();
    }

    byte[] content(int version) {
        return store.content(version).map(c -> c.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new org.dualcarbon.common.web.NotFoundException("threshold table version", version));
    }

    /** Stores a checked table as the next version and makes it the active one, in one transaction. */
    ThresholdTableVersion add(byte[] csv, int rowCount, String origin, String fileName, String by, String reason) {
        return transaction.execute(status -> {
            int version = store.lastVersion() + 1;
            store.insert(version, new String(csv, StandardCharsets.UTF_8), sha256(csv), rowCount, origin, fileName, by,
                    LocalDateTime.now(PayloadParsers.BEIJING), reason);
            store.activate(version);
            return store.active().orElseThrow();
        });
    }

    private ActiveTable registerShipped() {
        byte[] shipped = RuleBaseBuilder.shippedTable();
        try {
            add(shipped, WarningThresholds.read(shipped).size(), ThresholdTableVersion.SHIPPED, RuleBaseBuilder.THRESHOLDS,
                    SYSTEM, "随平台发布的阈值表 / the table shipped with the platform");
        } catch (DuplicateKeyException e) {
            // another node registered it first: take what it stored
        }
        ThresholdTableVersion active = store.active().orElseThrow();
        return new ActiveTable(active.version(), content(active.version()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A version number and its CSV content. */
    record ActiveTable(int version, byte[] csv) {
    }
}
