package org.dualcarbon.ledger;

import java.util.List;

/** The RFC 6962 §2.1.1 audit path of one record (leaf {@code seq}) in the tree of {@code treeSize} records. */
public record InclusionProof(long seq, long treeSize, String leafHash, List<String> auditPath, String rootHash) {
}
