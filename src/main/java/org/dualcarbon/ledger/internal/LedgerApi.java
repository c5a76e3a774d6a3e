package org.dualcarbon.ledger.internal;

import java.security.Principal;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.ledger.ConsistencyProof;
import org.dualcarbon.ledger.InclusionProof;
import org.dualcarbon.ledger.Ledger;
import org.dualcarbon.ledger.LedgerProofs;
import org.dualcarbon.ledger.LedgerRecord;
import org.dualcarbon.ledger.LedgerVerification;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.ledger.SignedTreeHead;
import org.dualcarbon.ledger.TreeHeadSignatures;
import org.dualcarbon.ledger.TreeHeads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger over REST (security.md §5): the public key for any signed-in caller; tree heads, records, inclusion and
 * consistency proofs and the whole-ledger verification for holders of LEDGER_VERIFY (auditors, audit administrator).
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerApi {

    private final Ledger ledger;
    private final TreeHeads heads;
    private final LedgerProofs proofs;
    private final LedgerVerifier verifier;

    LedgerApi(Ledger ledger, TreeHeads heads, LedgerProofs proofs, LedgerVerifier verifier) {
        this.ledger = ledger;
        this.heads = heads;
        this.proofs = proofs;
        this.verifier = verifier;
    }

    @GetMapping("/public-key")
    Map<String, String> publicKey() {
        return Map.of("algorithm", TreeHeadSignatures.ALGORITHM, "keyId", heads.keyId(), "pem", heads.publicKeyPem());
    }

    /** The latest signed tree head. */
    @GetMapping("/sth")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    SignedTreeHead latestTreeHead() {
        return heads.latest().orElseThrow(() -> new NotFoundException("signed tree head", "latest"));
    }

    @GetMapping("/sth/history")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    List<SignedTreeHead> treeHeads(@RequestParam(defaultValue = "50") int limit) {
        return heads.recent(limit);
    }

    /** Signs the current tree now. */
    @PostMapping("/sth")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    SignedTreeHead signNow() {
        return heads.signNow();
    }

    /** A record with its canonical bytes (as text) and leaf hash, for checking a proof by hand. */
    @GetMapping("/records/{seq}")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    Map<String, Object> record(@PathVariable long seq) {
        LedgerRecord record = ledger.record(seq).orElseThrow(() -> new NotFoundException("ledger record", seq));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("record", record);
        body.put("canonical", new String(record.canonical(), java.nio.charset.StandardCharsets.UTF_8));
        body.put("leafHash", HexFormat.of().formatHex(record.leafHash()));
        return body;
    }

    @GetMapping("/records")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    List<LedgerRecord> records(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "100") int limit) {
        return ledger.records(from, limit);
    }

    /** The audit path of record {@code leaf} in the tree of {@code size} records (default: the latest signed size). */
    @GetMapping("/proof/inclusion")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    InclusionProof inclusion(@RequestParam long leaf, @RequestParam(required = false) Long size) {
        return proofs.inclusion(leaf, size != null ? size : signedSizeOr(ledger.size()));
    }

    @GetMapping("/proof/consistency")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    ConsistencyProof consistency(@RequestParam long first, @RequestParam(required = false) Long second) {
        return proofs.consistency(first, second != null ? second : signedSizeOr(ledger.size()));
    }

    /** Walks the whole ledger, re-hashing the live business rows; names the first broken record. */
    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('LEDGER_VERIFY')")
    LedgerVerification verify(Principal caller) {
        return verifier.verify(caller.getName());
    }

    private long signedSizeOr(long fallback) {
        return heads.latest().map(SignedTreeHead::treeSize).filter(s -> s > 0).orElse(fallback);
    }
}
