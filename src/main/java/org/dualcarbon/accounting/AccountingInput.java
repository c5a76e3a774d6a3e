package org.dualcarbon.accounting;

import java.util.List;

/** What one accounting run accounts: a unit's lines for a reporting year, in a province, under a sector module. */
public record AccountingInput(SectorModule sector, String provinceCode, int year, GwpSet gwpSet, List<ActivityLine> lines) {

    public AccountingInput {
        lines = List.copyOf(lines);
    }
}
