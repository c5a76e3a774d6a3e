package org.dualcarbon.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what unit-years add to (sign +1) or take from (sign −1) the node cells, so that a change is written as one
 * difference per cell — in key order, so that concurrent writers lock cells in the same order. Cells whose difference
 * is nothing are not written.
 */
public final class CellChanges {

    static final String TOTAL = "TOTAL";
    static final String SECTOR = "SECTOR";
    static final String LINE = "LINE";
    static final String GROUP = "GROUP";
    /** The month of an enterprise's yearly energy cell. */
    static final int WHOLE_YEAR = 0;

    private static final Comparator<EmissionCell> EMISSION_ORDER = Comparator.comparing(EmissionCell::nodePath)
            .thenComparingInt(EmissionCell::year).thenComparing(EmissionCell::dimension).thenComparing(EmissionCell::key);
    private static final Comparator<EnergyCell> ENERGY_ORDER = Comparator.comparing(EnergyCell::nodePath)
            .thenComparingInt(EnergyCell::year).thenComparingInt(EnergyCell::month).thenComparing(EnergyCell::dimension)
            .thenComparing(EnergyCell::key);

    /** An emission cell's key and its (difference of) figures. */
    public record EmissionCell(String nodePath, int year, String dimension, String key, int depth, char kind, Long enterpriseId,
                        BigDecimal emission, BigDecimal lines, BigDecimal market, BigDecimal direct, BigDecimal energy,
                        int energyUnits, int units, int approvedUnits, BigDecimal approved) {

        EmissionCell plus(EmissionCell other) {
            return new EmissionCell(nodePath, year, dimension, key, depth, kind, enterpriseId, emission.add(other.emission),
                    lines.add(other.lines), market.add(other.market), direct.add(other.direct), energy.add(other.energy),
                    energyUnits + other.energyUnits, units + other.units, approvedUnits + other.approvedUnits,
                    approved.add(other.approved));
        }

        boolean isNothing() {
            return units == 0 && energyUnits == 0 && approvedUnits == 0 && emission.signum() == 0 && lines.signum() == 0
                    && market.signum() == 0 && direct.signum() == 0 && energy.signum() == 0 && approved.signum() == 0;
        }
    }

    /** An energy cell's key and its (difference of) figures. */
    public record EnergyCell(String nodePath, int year, int month, String dimension, String key, int depth, char kind,
                      Long enterpriseId, BigDecimal tce, int contributions) {

        EnergyCell plus(EnergyCell other) {
            return new EnergyCell(nodePath, year, month, dimension, key, depth, kind, enterpriseId, tce.add(other.tce),
                    contributions + other.contributions);
        }
    }

    private final Map<String, EmissionCell> emission = new TreeMap<>();
    private final Map<String, EnergyCell> energy = new TreeMap<>();

    /** Adds ({@code sign} 1) or takes away (−1) a unit-year's run and its lines at every node above the unit. */
    void add(UnitFigures.Run run, List<UnitFigures.Line> lines, int sign) {
        BigDecimal s = BigDecimal.valueOf(sign);
        BigDecimal lineSum = lines.stream().map(UnitFigures.Line::emission).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal energyTce = run.energyTce() == null ? BigDecimal.ZERO : run.energyTce();
        int hasEnergy = run.energyTce() == null ? 0 : sign;
        int approved = run.approved() ? sign : 0;
        BigDecimal approvedTotal = run.approved() ? run.total().multiply(s) : BigDecimal.ZERO;
        for (OrganisationNode node : OrganisationNode.chain(run.nodePath())) {
            Long enterprise = node.kind() == OrganisationNode.ENTERPRISE ? run.enterpriseId() : null;
            put(new EmissionCell(node.path(), run.year(), TOTAL, "", node.depth(), node.kind(), enterprise,
                    run.total().multiply(s), lineSum.multiply(s), run.totalMarket().multiply(s), run.direct().multiply(s),
                    energyTce.multiply(s), hasEnergy, sign, approved, approvedTotal));
            put(new EmissionCell(node.path(), run.year(), SECTOR, run.sector(), node.depth(), node.kind(), enterprise,
                    lineSum.multiply(s), lineSum.multiply(s), run.totalMarket().multiply(s), run.direct().multiply(s),
                    energyTce.multiply(s), hasEnergy, sign, approved, approvedTotal));
            for (UnitFigures.Line line : lines) {
                BigDecimal value = line.emission().multiply(s);
                put(new EmissionCell(node.path(), run.year(), LINE, line.lineId(), node.depth(), node.kind(), enterprise, value,
                        value, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, sign, 0, BigDecimal.ZERO));
            }
        }
    }

    /**
     * Adds or takes away a unit's energy of one month and group at every node above the unit: by month for divisions
     * and parks, as the whole year (month 0) for the enterprise, which has its own monthly figures in its data.
     */
    void add(UnitFigures.Energy row, int sign) {
        BigDecimal tce = row.tce().multiply(BigDecimal.valueOf(sign));
        for (OrganisationNode node : OrganisationNode.chain(row.nodePath())) {
            boolean enterprise = node.kind() == OrganisationNode.ENTERPRISE;
            int month = enterprise ? WHOLE_YEAR : row.month();
            Long id = enterprise ? row.enterpriseId() : null;
            put(new EnergyCell(node.path(), row.year(), month, TOTAL, "", node.depth(), node.kind(), id, tce, sign));
            put(new EnergyCell(node.path(), row.year(), month, GROUP, row.energyGroup(), node.depth(), node.kind(), id, tce,
                    sign));
            put(new EnergyCell(node.path(), row.year(), month, SECTOR, row.sector(), node.depth(), node.kind(), id, tce,
                    sign));
        }
    }

    List<EmissionCell> emissionCells() {
        List<EmissionCell> cells = new ArrayList<>(emission.values().stream().filter(c -> !c.isNothing()).toList());
        cells.sort(EMISSION_ORDER);
        return cells;
    }

    List<EnergyCell> energyCells() {
        List<EnergyCell> cells = new ArrayList<>(energy.values().stream()
                .filter(c -> c.contributions() != 0 || c.tce().signum() != 0).toList());
        cells.sort(ENERGY_ORDER);
        return cells;
    }


    private void put(EmissionCell cell) {
        emission.merge(cell.nodePath() + '\u0000' + cell.year() + '\u0000' + cell.dimension() + '\u0000' + cell.key(), cell,
                EmissionCell::plus);
    }

    private void put(EnergyCell cell) {
        energy.merge(cell.nodePath() + '\u0000' + cell.year() + '\u0000' + cell.month() + '\u0000' + cell.dimension()
                + '\u0000' + cell.key(), cell, EnergyCell::plus);
    }
}
