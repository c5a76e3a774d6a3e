package org.dualcarbon.statistics.internal;

import java.util.List;
import java.util.function.Supplier;
import org.dualcarbon.common.scope.ScopeContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings one unit-year's statistics in step with its sources: takes what the unit rows stored last time added to the
 * node cells away, adds what the sources say now, and replaces the unit rows — so a unit that moved to another park or
 * industry leaves its old nodes and joins the new ones. Runs in the caller's transaction, in the platform's scope (the
 * province's cells change when an enterprise submits).
 */
@Component
class UnitYearSync {

    private final StatCellMapper store;
    private final ScopeContext scope;

    UnitYearSync(StatCellMapper store, ScopeContext scope) {
        this.store = store;
        this.scope = scope;
    }

    @Transactional
    void syncRun(long runId) {
        scope.asSystem((Supplier<Void>) () -> {
            StatCellMapper.UnitYear unitYear = store.unitYearOfRun(runId);
            if (unitYear != null) {
                sync(List.of(unitYear));
            }
            return null;
        });
    }

    @Transactional
    void syncReport(long reportId) {
        scope.asSystem((Supplier<Void>) () -> {
            StatCellMapper.UnitYear unitYear = store.unitYearOfReport(reportId);
            if (unitYear != null) {
                sync(List.of(unitYear));
            }
            return null;
        });
    }

    @Transactional
    void syncEnterprise(long enterpriseId) {
        scope.asSystem((Supplier<Void>) () -> {
            sync(store.unitYearsOfEnterprise(enterpriseId));
            return null;
        });
    }

    @Transactional
    void sync(List<StatCellMapper.UnitYear> unitYears) {
        if (unitYears.isEmpty()) {
            return;
        }
        scope.asSystem((Supplier<Void>) () -> {
            store.lock();
            CellChanges changes = new CellChanges();
            for (StatCellMapper.UnitYear unitYear : unitYears) {
                syncRun(unitYear.unitId(), unitYear.year(), changes);
                syncEnergy(unitYear.unitId(), unitYear.year(), changes);
            }
            write(changes);
            return null;
        });
    }

    private void syncRun(long unitId, int year, CellChanges changes) {
        UnitFigures.Run before = store.storedRun(unitId, year);
        if (before != null) {
            changes.add(before, store.storedLines(unitId, year), -1);
            store.deleteUnitLines(unitId, year);
            store.deleteUnitYear(unitId, year);
        }
        UnitFigures.Run now = store.sourceRun(unitId, year);
        if (now != null) {
            List<UnitFigures.Line> lines = store.sourceLines(now.runId());
            changes.add(now, lines, 1);
            store.insertUnitYear(now);
            if (!lines.isEmpty()) {
                store.insertUnitLines(unitId, year, lines);
            }
        }
    }

    private void syncEnergy(long unitId, int year, CellChanges changes) {
        store.storedEnergy(unitId, year).forEach(row -> changes.add(row, -1));
        store.deleteUnitEnergy(unitId, year);
        List<UnitFigures.Energy> now = store.sourceEnergy(unitId, year);
        now.forEach(row -> changes.add(row, 1));
        if (!now.isEmpty()) {
            store.insertUnitEnergy(now);
        }
        store.deleteUnitOutput(unitId, year);
        List<UnitFigures.Output> output = store.sourceOutput(unitId, year);
        if (!output.isEmpty()) {
            store.insertUnitOutput(unitId, year, output);
        }
    }

    private void write(CellChanges changes) {
        List<CellChanges.EmissionCell> emission = changes.emissionCells();
        if (!emission.isEmpty()) {
            store.addEmission(emission);
        }
        List<CellChanges.EnergyCell> energy = changes.energyCells();
        if (!energy.isEmpty()) {
            store.addEnergy(energy);
        }
    }
}
