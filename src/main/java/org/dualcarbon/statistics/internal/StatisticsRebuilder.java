package org.dualcarbon.statistics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.statistics.RebuildOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the statistics tables from their sources as a whole: the unit rows set-based in SQL, the node cells by
 * streaming the unit rows through the same {@link CellChanges} the incremental updates use. Holds the statistics
 * lock for its transaction, so no incremental update interleaves.
 */
@Component
public class StatisticsRebuilder {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRebuilder.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    StatisticsRebuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything: emissions and energy. */
    @Transactional
    public RebuildOutcome rebuildAll(String by, String reason) {
        Instant started = Instant.now();
        lock();
        int unitYears = rebuildUnitRuns();
        int cells = rebuildEmissionCells();
        rebuildUnitEnergy();
        cells += rebuildEnergyCells();
        return record(started, "ALL", by, reason, unitYears, cells);
    }

    /** Energy only: after the standard-coal coefficients changed. */
    @Transactional
    public RebuildOutcome rebuildEnergy(String by, String reason) {
        Instant started = Instant.now();
        lock();
        int unitRows = rebuildUnitEnergy();
        return record(started, "ENERGY", by, reason, unitRows, rebuildEnergyCells());
    }

    private void lock() {
        jdbc.update("UPDATE stat_lock SET changes = changes + 1 WHERE id = 1");
    }

    private int rebuildUnitRuns() {
        jdbc.update("DELETE FROM stat_unit_line");
        jdbc.update("DELETE FROM stat_unit_year");
        int rows = jdbc.update("""
                INSERT INTO stat_unit_year (unit_id, period_year, run_id, enterprise_id, node_path, sector, total_t,
                                            total_market_t, direct_t, energy_tce, approved)
                SELECT r.unit_id, r.period_year, r.id, r.enterprise_id, e.scope_path, COALESCE(i.sector, 'OTHER'), r.total_t,
                       r.total_market_t, r.direct_t, r.energy_tce,
                       CASE WHEN EXISTS (SELECT 1 FROM unit_report p WHERE p.unit_id = r.unit_id
                                         AND p.period_year = r.period_year AND p.status = 'APPROVED') THEN TRUE ELSE FALSE END
                FROM accounting_run r JOIN enterprise e ON e.id = r.enterprise_id LEFT JOIN industry i ON i.code = e.industry_code
                WHERE r.superseded = FALSE""");
        jdbc.update("""
                INSERT INTO stat_unit_line (unit_id, period_year, line_id, emission_t)
                SELECT r.unit_id, r.period_year, l.line_id, SUM(ROUND(l.emission_t, 4))
                FROM accounting_line l JOIN accounting_run r ON r.id = l.run_id
                WHERE r.superseded = FALSE GROUP BY r.unit_id, r.period_year, l.line_id""");
        return rows;
    }

    private int rebuildUnitEnergy() {
        jdbc.update("DELETE FROM stat_unit_output");
        jdbc.update("""
                INSERT INTO stat_unit_output (unit_id, period_year, item_code, quantity)
                SELECT r.unit_id, r.period_year, r.item_code, SUM(r.quantity)
                FROM activity_record r JOIN activity_item a ON a.code = r.item_code
                WHERE a.kind = 'PRODUCT' GROUP BY r.unit_id, r.period_year, r.item_code""");
        jdbc.update("DELETE FROM stat_unit_energy");
        return jdbc.update("""
                INSERT INTO stat_unit_energy (unit_id, period_year, period_month, energy_group, enterprise_id, node_path,
                                              sector, tce)
                SELECT r.unit_id, r.period_year, r.period_month, a.energy_group, e.id, e.scope_path, COALESCE(i.sector, 'OTHER'),
                       COALESCE(SUM(r.quantity * a.tce_per_unit), 0)
                FROM activity_record r JOIN activity_item a ON a.code = r.item_code JOIN enterprise e ON e.id = r.enterprise_id
                LEFT JOIN industry i ON i.code = e.industry_code
                WHERE a.kind = 'ENERGY'
                GROUP BY r.unit_id, r.period_year, r.period_month, a.energy_group, e.id, e.scope_path, i.sector""");
    }

    private int rebuildEmissionCells() {
        jdbc.update("DELETE FROM stat_emission_cell");
        Map<String, List<UnitFigures.Line>> lines = new HashMap<>();
        jdbc.query("SELECT unit_id, period_year, line_id, emission_t FROM stat_unit_line", rs -> {
            lines.computeIfAbsent(rs.getLong(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                    .add(new UnitFigures.Line(rs.getString(3), rs.getBigDecimal(4)));
        });
        CellChanges cells = new CellChanges();
        jdbc.query("""
                SELECT unit_id, period_year, run_id, enterprise_id, node_path, sector, total_t, total_market_t, direct_t,
                       energy_tce, approved FROM stat_unit_year""", rs -> {
            UnitFigures.Run run = run(rs);
            cells.add(run, lines.getOrDefault(run.unitId() + "/" + run.year(), List.of()), 1);
        });
        List<Object[]> rows = cells.emissionCells().stream().map(c -> new Object[] {c.nodePath(), c.year(), c.dimension(),
                c.key(), c.depth(), String.valueOf(c.kind()), c.enterpriseId(), c.emission(), c.lines(), c.market(), c.direct(),
                c.energy(), c.energyUnits(), c.units(), c.approvedUnits(), c.approved()}).toList();
        insert("""
                INSERT INTO stat_emission_cell (node_path, period_year, dimension, dim_key, node_depth, node_kind, enterprise_id,
                    emission_t, lines_t, market_t, direct_t, energy_tce, energy_units, units, approved_units, approved_t)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private int rebuildEnergyCells() {
        jdbc.update("DELETE FROM stat_energy_cell");
        CellChanges cells = new CellChanges();
        jdbc.query("""
                SELECT unit_id, period_year, period_month, energy_group, enterprise_id, node_path, sector, tce
                FROM stat_unit_energy""", rs -> {
            cells.add(new UnitFigures.Energy(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
                    rs.getString(6), rs.getString(7), rs.getBigDecimal(8)), 1);
        });
        List<Object[]> rows = cells.energyCells().stream().map(c -> new Object[] {c.nodePath(), c.year(), c.month(),
                c.dimension(), c.key(), c.depth(), String.valueOf(c.kind()), c.enterpriseId(), c.tce(), c.contributions()})
                .toList();
        insert("""
                INSERT INTO stat_energy_cell (node_path, period_year, period_month, dimension, dim_key, node_depth, node_kind,
                    enterprise_id, tce, contributions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static UnitFigures.Run run(ResultSet rs) throws SQLException {
        BigDecimal energy = rs.getBigDecimal(10);
        return new UnitFigures.Run(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), energy, rs.getBoolean(11));
    }

    private RebuildOutcome record(Instant started, String what, String by, String reason, int unitRows, int cells) {
        Instant finished = Instant.now();
        jdbc.update("INSERT INTO stat_rebuild_run (started_at, finished_at, requested_by, what, reason, unit_years, cells)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(started), Timestamp.from(finished), by, what,
                reason.length() > 300 ? reason.substring(0, 300) : reason, unitRows, cells);
        long millis = finished.toEpochMilli() - started.toEpochMilli();
        log.info("statistics rebuilt by {} ({}): {} unit rows, {} cells in {} ms", by, reason, unitRows, cells, millis);
        return new RebuildOutcome(unitRows, cells, millis);
    }
}
