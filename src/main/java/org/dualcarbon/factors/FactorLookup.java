package org.dualcarbon.factors;

import java.util.Optional;

/**
 * Finds factor rows of one library version. A regional row is preferred to the national one for the same key;
 * the year must fall in the row's validity.
 */
public interface FactorLookup {

    Optional<Factor> find(FactorKey key);

    /** The factor, or an {@link UnknownFactorException} naming the key. */
    default Factor require(FactorKey key) {
        return find(key).orElseThrow(() -> new UnknownFactorException(key));
    }
}
