package org.dualcarbon.factors;

/** No row of the library version gives the requested factor. */
public class UnknownFactorException extends RuntimeException {

    private final FactorKey key;

    public UnknownFactorException(FactorKey key) {
        super("no factor " + key.parameter() + " for " + key.subject() + " in region " + key.region() + " for year " + key.year());
        this.key = key;
    }

    public FactorKey key() {
        return key;
    }
}
