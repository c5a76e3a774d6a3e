package org.dualcarbon.statistics.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the sources of one unit-year and writes the statistics tables (run in the platform's own scope). */
@Mapper
public interface StatCellMapper {

    /** Locks the statistics' one lock row until the transaction ends. */
    int lock();

    /** The unit and year of an accounting run, as {unitId, year}. */
    UnitYear unitYearOfRun(@Param("runId") long runId);

    UnitYear unitYearOfReport(@Param("reportId") long reportId);

    /** Every unit-year of the enterprise found in the sources or in the statistics. */
    List<UnitYear> unitYearsOfEnterprise(@Param("enterpriseId") long enterpriseId);

    /** The unit-year's current run from accounting_run with its enterprise's path and sector (null without one). */
    UnitFigures.Run sourceRun(@Param("unitId") long unitId, @Param("year") int year);

    List<UnitFigures.Line> sourceLines(@Param("runId") long runId);

    List<UnitFigures.Energy> sourceEnergy(@Param("unitId") long unitId, @Param("year") int year);

    UnitFigures.Run storedRun(@Param("unitId") long unitId, @Param("year") int year);

    List<UnitFigures.Line> storedLines(@Param("unitId") long unitId, @Param("year") int year);

    List<UnitFigures.Energy> storedEnergy(@Param("unitId") long unitId, @Param("year") int year);

    void deleteUnitYear(@Param("unitId") long unitId, @Param("year") int year);

    void deleteUnitLines(@Param("unitId") long unitId, @Param("year") int year);

    void deleteUnitEnergy(@Param("unitId") long unitId, @Param("year") int year);

    void insertUnitYear(UnitFigures.Run run);

    void insertUnitLines(@Param("unitId") long unitId, @Param("year") int year, @Param("lines") List<UnitFigures.Line> lines);

    void insertUnitEnergy(@Param("rows") List<UnitFigures.Energy> rows);

    /** The unit-year's product output: its activity records of kind PRODUCT summed by item. */
    List<UnitFigures.Output> sourceOutput(@Param("unitId") long unitId, @Param("year") int year);

    void deleteUnitOutput(@Param("unitId") long unitId, @Param("year") int year);

    void insertUnitOutput(@Param("unitId") long unitId, @Param("year") int year, @Param("rows") List<UnitFigures.Output> rows);

    void addEmission(@Param("cells") List<CellChanges.EmissionCell> cells);

    void addEnergy(@Param("cells") List<CellChanges.EnergyCell> cells);

    /** A unit and a year. */
    record UnitYear(long unitId, int year) {
    }
}
