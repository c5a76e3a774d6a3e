package org.dualcarbon.emissions.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A stored run and its lines as the ledger hashes them (scope-filtered like every emissions statement). */
@Mapper
public interface RunLedgerMapper {

    Optional<Run> run(@Param("id") long id);

    List<Line> lines(@Param("runId") long runId);

    record Run(long id, long unitId, long enterpriseId, int year, String sectorModule, String reportingStandard,
               String gwpSet, String libraries, BigDecimal total, BigDecimal totalMarket, BigDecimal direct,
               BigDecimal indirect, BigDecimal energyTce, String notAccounted, String createdBy) {
    }

    record Line(String lineId, String category, String gas, String formula, String inputsJson, String factorsJson,
                BigDecimal activityData, String activityUnit, BigDecimal emission, BigDecimal marketBased,
                BigDecimal energyTce) {
    }
}
