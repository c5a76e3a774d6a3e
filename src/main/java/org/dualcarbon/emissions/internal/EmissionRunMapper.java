package org.dualcarbon.emissions.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.InventoryEntry;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.emissions.AccountingRun;

@Mapper
public interface EmissionRunMapper {

    List<AccountingRun> current(@Param("enterpriseId") long enterpriseId, @Param("year") int year);

    Optional<AccountingRun> find(@Param("id") long id);

    List<LineRow> lines(@Param("runId") long runId);

    EmissionTotals totals(@Param("year") int year, @Param("regionPath") String regionPath);

    long countRuns();

    List<InventoryEntry> entries(@Param("year") int year, @Param("regionPath") String regionPath);

    int deleteEntry(@Param("e") InventoryEntry entry);

    void insertEntry(@Param("e") InventoryEntry entry);

    /** Reported emissions (lines rounded as reported) of current runs by division, sector, category and line. */
    List<InventoryCell> inventory(@Param("year") int year, @Param("regionPath") String regionPath);

    /** One cell of the regional roll-up before aggregation to the chosen level. */
    record InventoryCell(String regionCode, String sector, String category, String lineId, BigDecimal emission) {
    }

    /** Enterprises by the sum of their current runs of the year, largest first (ties by id). */
    List<EmitterTotal> topEmitters(@Param("year") int year, @Param("regionPath") String regionPath, @Param("limit") int limit);

    /** When the newest current run of the year was stored (null without runs). */
    LocalDateTime latestRunAt(@Param("year") int year, @Param("regionPath") String regionPath);

    int supersede(@Param("unitId") long unitId, @Param("year") int year);

    void insertRun(RunRow run);

    void insertLines(@Param("lines") List<LineRow> lines);

    /** A stored accounting line, JSON columns as text. */
    record LineRow(Long runId, String lineId, String category, String gas, String formula, String inputsJson,
                   String factorsJson, BigDecimal activityData, String activityUnit, BigDecimal emission,
                   BigDecimal marketBased, BigDecimal energyTce, String scopePath) implements ScopedRow {
    }
}
