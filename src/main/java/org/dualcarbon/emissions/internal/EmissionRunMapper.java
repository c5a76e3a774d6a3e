package org.dualcarbon.emissions.internal;

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

    org.dualcarbon.emissions.EmissionTotals totals(@Param("year") int year, @Param("regionPath") String regionPath);

    long countRuns();

    List<org.dualcarbon.emissions.InventoryEntry> entries(@Param("year") int year, @Param("regionPath") String regionPath);

    int deleteEntry(@Param("e") org.dualcarbon.emissions.InventoryEntry entry);

    void insertEntry(@Param("e") org.dualcarbon.emissions.InventoryEntry entry);

    /** Reported emissions (lines rounded as reported) of current runs by division, sector, category and line. */
    List<InventoryCell> inventory(@Param("year") int year, @Param("regionPath") String regionPath);

    /** One cell of the regional roll-up before aggregation to the chosen level. */
    record InventoryCell(String regionCode, String sector, String category, String lineId, java.math.BigDecimal emission) {
    }

    int supersede(@Param("unitId") long unitId, @Param("year") int year);

    void insertRun(RunRow run);

    void insertLines(@Param("lines") List<LineRow> lines);

    /** A stored accounting line, JSON columns as text. */
    record LineRow(Long runId, String lineId, String category, String gas, String formula, String inputsJson,
                   String factorsJson, java.math.BigDecimal activityData, String activityUnit, java.math.BigDecimal emission,
                   java.math.BigDecimal marketBased, java.math.BigDecimal energyTce, String scopePath) implements org.dualcarbon.common.scope.ScopedRow {
    }
}
