package org.dualcarbon.organization;

/** Kinds of emission units and facilities (排放设施) an enterprise reports. */
public enum EmissionUnitKind {
    BOILER, GENERATING_UNIT, CHP_UNIT, KILN, BLAST_FURNACE, CONVERTER, ELECTRIC_FURNACE, SUBMERGED_ARC_FURNACE,
    ELECTROLYSIS_LINE, COKE_OVEN, GASIFIER, PROCESS_LINE, BUILDING, OTHER
}
