package org.dualcarbon.activity.internal;

import org.dualcarbon.common.scope.ScopedRow;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.activity.UnitMonthRecord;

/** Reads activity data; {@code regionPath} (optional) narrows the caller's scope to one division or park. */
@Mapper
public interface ActivityMapper {

    Integer latestYear();

    long countEnterprises(@Param("regionPath") String regionPath);

    long countUnits(@Param("regionPath") String regionPath);

    long countEtsEmitters(@Param("regionPath") String regionPath);

    BigDecimal energyOfYear(@Param("year") int year, @Param("regionPath") String regionPath);

    List<MonthlyEnergy> monthlyEnergy(@Param("fromYear") int fromYear, @Param("toYear") int toYear,
                                      @Param("regionPath") String regionPath);

    List<EnergyShare> energyByGroup(@Param("year") int year, @Param("regionPath") String regionPath);

    List<EnergyShare> energyBySector(@Param("year") int year, @Param("regionPath") String regionPath);

    List<EnergyShare> topEnterprises(@Param("year") int year, @Param("limit") int limit,
                                     @Param("regionPath") String regionPath);

    List<UnitMonthRecord> latestOfEnterprise(@Param("enterpriseId") long enterpriseId);

    List<UnitMonthRecord> ofUnit(@Param("unitId") long unitId, @Param("year") int year);

    List<UnitMonthRecord> ofEnterprise(@Param("enterpriseId") long enterpriseId, @Param("year") int year);

    List<MonthlyEnergy> monthlyEnergyOfEnterprise(@Param("enterpriseId") long enterpriseId,
                                                  @Param("fromYear") int fromYear, @Param("toYear") int toYear);

    int deleteUnitYear(@Param("unitId") long unitId, @Param("year") int year);

    void insertRecords(@Param("records") List<ActivityRow> records);

    /** A monthly figure as written. */
    record ActivityRow(long unitId, long enterpriseId, int year, int month, String itemCode, BigDecimal quantity,
                       String source, String scopePath) implements ScopedRow {
    }
}
