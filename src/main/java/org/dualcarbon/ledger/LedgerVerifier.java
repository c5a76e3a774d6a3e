package org.dualcarbon.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.ledger.LedgerVerification.BrokenRecord;
import org.dualcarbon.ledger.internal.ContentHashes;
import org.dualcarbon.ledger.internal.LedgerMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Walks the whole ledger and names the first broken record: for each record in order it checks the sequence, the
 * chain (previous hash), the record's own hash, and re-hashes the LIVE business row through its module's provider;
 * then it recomputes the Merkle root at the size of the last signed tree head and checks that head's signature. A
 * direct SQL change of a recorded row, of a record, or a deleted record is found and named.
 */
@Service
public class LedgerVerifier {

    private static final Logger log = LoggerFactory.getLogger(LedgerVerifier.class);
    private static final int PAGE = 500;

    private final LedgerMapper store;
    private final ContentHashes contents;
    private final TreeHeads heads;
    private final ApplicationEventPublisher events;

    public LedgerVerifier(LedgerMapper store, ContentHashes contents, TreeHeads heads, ApplicationEventPublisher events) {
        this.store = store;
        this.contents = contents;
        this.heads = heads;
        this.events = events;
    }

    public LedgerVerification verify(String requestedBy) {
        Optional<SignedTreeHead> head = heads.latest();
        List<byte[]> leaves = new ArrayList<>();
        BrokenRecord broken = walk(leaves);
        String recomputed = null;
        if (broken == null && head.isPresent()) {
            SignedTreeHead signed = head.get();
            if (leaves.size() < signed.treeSize()) {
                broken = new BrokenRecord(leaves.size(), null, null, "账本比已签名的树头短，记录被删除 / the ledger is shorter than "
                        + "its signed tree head of size " + signed.treeSize() + ": records were deleted", null, null);
            } else {
                recomputed = HexFormat.of().formatHex(MerkleTree.root(leaves, (int) signed.treeSize()));
                broken = treeHeadProblem(signed, recomputed);
            }
        }
        LedgerVerification result = new LedgerVerification(broken == null, leaves.size(), broken, head.orElse(null),
                recomputed, Instant.now().toString());
        if (broken != null) {
            log.error("ledger verification failed at record {} ({} {}): {}", broken.seq(), broken.type(), broken.objectId(),
                    broken.reason());
        }
        events.publishEvent(new LedgerVerified(result, requestedBy));
        return result;
    }

    private BrokenRecord walk(List<byte[]> leaves) {
        String previous = LedgerRecord.GENESIS;
        long expected = 0;
        List<LedgerRecord> page;
        do {
            page = store.records(expected, PAGE);
            for (LedgerRecord record : page) {
                BrokenRecord broken = check(record, expected, previous);
                if (broken != null) {
                    return broken;
                }
                leaves.add(record.leafHash());
                previous = record.entryHash();
                expected++;
            }
        } while (page.size() == PAGE);
        long size = store.size();
        if (expected < size) {
            return new BrokenRecord(expected, null, null, "记录缺失 / record missing: the ledger head counts " + size + " records",
                    null, null);
        }
        return null;
    }

    private BrokenRecord check(LedgerRecord record, long expected, String previous) {
        if (record.seq() != expected) {
            return broken(new LedgerRecord(expected, record.type(), record.objectId(), null, null, null, null, null),
                    "记录缺失 / record missing before seq " + record.seq(), null, null);
        }
        if (!record.prevHash().equals(previous)) {
            return broken(record, "哈希链断裂 / the chain is broken: the previous hash differs", previous, record.prevHash());
        }
        String entry = record.computedEntryHash();
        if (!entry.equals(record.entryHash())) {
            return broken(record, "账本记录被修改 / the ledger record itself was changed", record.entryHash(), entry);
        }
        if (!contents.knows(record.type())) {
            return broken(record, "未知的记录类型 / no module answers for this record type", null, null);
        }
        Optional<String> live = contents.hash(record.type(), record.objectId());
        if (live.isEmpty()) {
            return broken(record, "业务数据已被删除 / the business row is gone", record.contentHash(), null);
        }
        if (!live.get().equals(record.contentHash())) {
            return broken(record, "业务数据已被修改 / the business row was changed after it was recorded", record.contentHash(),
                    live.get());
        }
        return null;
    }

    private BrokenRecord treeHeadProblem(SignedTreeHead head, String recomputed) {
        if (!heads.verifySignature(head)) {
            return new BrokenRecord(head.treeSize() - 1, null, null, "树头签名无效 / the signature of the tree head of size "
                    + head.treeSize() + " does not verify with the ledger key", null, null);
        }
        if (!recomputed.equals(head.rootHash())) {
            return new BrokenRecord(head.treeSize() - 1, null, null, "默克尔根与已签名的树头不符 / the Merkle root differs from the "
                    + "signed tree head of size " + head.treeSize(), head.rootHash(), recomputed);
        }
        return null;
    }

    private static BrokenRecord broken(LedgerRecord record, String reason, String expected, String actual) {
        return new BrokenRecord(record.seq(), record.type(), record.objectId(), reason, expected, actual);
    }
}
