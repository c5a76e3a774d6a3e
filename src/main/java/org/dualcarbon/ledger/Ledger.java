package org.dualcarbon.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.ledger.internal.ContentHashes;
import org.dualcarbon.ledger.internal.LedgerMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends records to the ledger: the content hash of the live business row (from its module's provider), chained to
 * the previous record under the head-row lock, in the caller's transaction — a business change that rolls back takes
 * its record with it, and a record that cannot be written rolls the change back (fail closed).
 */
@Service
public class Ledger {

    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final LedgerMapper store;
    private final ContentHashes contents;

    public Ledger(LedgerMapper store, ContentHashes contents) {
        this.store = store;
        this.contents = contents;
    }

    @Transactional
    public LedgerRecord append(String type, String objectId, String actor) {
        String contentHash = contents.hash(type, objectId).orElseThrow(() -> new IllegalStateException(
                "ledger: the business row " + type + " " + objectId + " is not there to be recorded"));
        LedgerMapper.Head head = store.lockHead();
        LedgerRecord draft = new LedgerRecord(head.size(), type, objectId, contentHash,
                actor == null || actor.isBlank() ? "platform" : actor, RECORDED_AT.format(Instant.now()), head.lastHash(), null);
        LedgerRecord record = new LedgerRecord(draft.seq(), type, objectId, contentHash, draft.actor(), draft.recordedAt(),
                draft.prevHash(), draft.computedEntryHash());
        store.insertRecord(record, HexFormat.of().formatHex(record.leafHash()));
        store.advanceHead(record.seq() + 1, record.entryHash());
        return record;
    }

    @Transactional
    public LedgerRecord append(LedgerFact fact) {
        return append(fact.ledgerType(), fact.ledgerObjectId(), fact.ledgerActor());
    }

    public long size() {
        return store.size();
    }

    public Optional<LedgerRecord> record(long seq) {
        return store.record(seq);
    }

    public List<LedgerRecord> records(long from, int limit) {
        return store.records(from, Math.min(Math.max(limit, 1), 1000));
    }

    /** The object id of the newest record of a type, e.g. where the last monitoring batch ended. */
    public Optional<String> lastObjectId(String type) {
        return store.lastObjectId(type);
    }
}
