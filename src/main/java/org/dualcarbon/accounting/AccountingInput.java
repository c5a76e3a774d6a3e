package org.dualcarbon.accounting;

import java.util.List;

/**
 * What one accounting run accounts: a unit's lines for a reporting year, in a province, under a sector module and
 * an accounting standard (which fixes the GWP set and, for the ETS, the grid factor and coal defaults).
 */
public record AccountingInput(SectorModule sector, String provinceCode, int year, ReportingStandard standard,
                              List<ActivityLine> lines) {

    public AccountingInput {
        lines = List.copyOf(lines);
    }

    /** Under the default standard for the sector, with another GWP set only where a standard prescribes it. */
    public AccountingInput(SectorModule sector, String provinceCode, int year, GwpSet gwpSet, List<ActivityLine> lines) {
        this(sector, provinceCode, year, standardWith(sector, gwpSet), lines);
    }

    public GwpSet gwpSet() {
        return standard.gwpSet();
    }

    private static ReportingStandard standardWith(SectorModule sector, GwpSet gwpSet) {
        ReportingStandard preferred = ReportingStandard.defaultFor(sector);
        if (preferred.gwpSet() == gwpSet) {
            return preferred;
        }
        for (ReportingStandard s : ReportingStandard.values()) {
            if (s.gwpSet() == gwpSet && !s.etsPower()) {
                return s;
            }
        }
        throw new IllegalArgumentException("no accounting standard uses the GWP set " + gwpSet);
    }
}
