package org.dualcarbon.factors;

/**
 * What a calculation asks for: a parameter of a subject (a fuel, a gas, a grid) for a region (a GB/T 2260 province
 * code, or {@link #NATIONAL}) in a reporting year.
 */
public record FactorKey(FactorParameter parameter, String subject, String region, int year) {

    public static final String NATIONAL = "CN";

    public static FactorKey national(FactorParameter parameter, String subject, int year) {
        return new FactorKey(parameter, subject, NATIONAL, year);
    }
}
