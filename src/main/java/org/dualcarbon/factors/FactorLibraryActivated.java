package org.dualcarbon.factors;

/**
 * Published inside the transaction that makes a version the active one of its library (review approval, rollback,
 * or the first registration of a shipped table), so that data derived from a library changes in the same
 * transaction as the activation.
 */
public record FactorLibraryActivated(String code, String version) {
}
