package org.dualcarbon.ledger;

import java.util.List;

/** The RFC 6962 §2.1.2 proof that the tree of {@code first} records is a prefix of the tree of {@code second}. */
public record ConsistencyProof(long first, long second, String firstRoot, String secondRoot, List<String> proof) {
}
