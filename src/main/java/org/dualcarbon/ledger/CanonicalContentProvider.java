package org.dualcarbon.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives the canonical content (规范化内容) of a live business row, for record types its module owns: when a record is
 * appended and again at every verification, the ledger hashes what this returns. It must read the row(s) as they are
 * in the database now and leave out what legitimately changes later (e.g. a "superseded" mark), so that only a change
 * of the recorded facts alters the hash. Called with the platform's unrestricted scope.
 */
public interface CanonicalContentProvider {

    Set<String> recordTypes();

    /** The content as a map for {@link CanonicalJson}; empty when the row does not exist (any more). */
    Optional<Map<String, Object>> canonicalContent(String recordType, String objectId);
}
