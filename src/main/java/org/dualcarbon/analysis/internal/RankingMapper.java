package org.dualcarbon.analysis.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the figures the rankings are built from: units' current runs and their product output (read only). */
@Mapper
public interface RankingMapper {

    /** The current run of each unit of the year below the path (null: the whole scope), optionally with a line of the energy type. */
    List<UnitFigures> units(@Param("year") int year, @Param("regionPath") String regionPath,
                            @Param("energyType") String energyType);

    /** Product output (activity items of kind PRODUCT) of the units of the year below the path, by unit and item. */
    List<UnitOutput> outputs(@Param("year") int year, @Param("regionPath") String regionPath);

    /** A unit's current run of a year with its enterprise. */
    record UnitFigures(long unitId, String unitCode, String unitName, long enterpriseId, String enterpriseName,
                       String regionCode, String industryCode, String sector, BigDecimal total, BigDecimal energyTce) {
    }

    /** A unit's output of one product item in a year. */
    record UnitOutput(long unitId, String itemCode, String itemName, String itemUnit, BigDecimal quantity) {
    }
}
