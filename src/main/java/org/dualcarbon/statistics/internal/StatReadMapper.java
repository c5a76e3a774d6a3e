package org.dualcarbon.statistics.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.activity.EnergyShare;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.emissions.EmitterTotal;

/**
 * Reads the node cells. {@code nodes} names the nodes summed (null: every province node, for the platform's own
 * scope); {@code under} a path whose descendants are meant (null: below any of {@code nodes}).
 */
@Mapper
public interface StatReadMapper {

    /** A cell's figures summed over the nodes asked for; by key where a dimension is grouped. */
    record EmissionSum(String nodePath, int year, String key, BigDecimal emission, BigDecimal lines, BigDecimal market,
                       BigDecimal direct, BigDecimal energy, int energyUnits, int units, int approvedUnits,
                       BigDecimal approved) {
    }

    List<EmissionSum> emissionByYear(@Param("nodes") List<String> nodes, @Param("from") int from, @Param("to") int to);

    /** Cells of one dimension of the nodes, one row per node and key (units &gt; 0 only). */
    List<EmissionSum> emissionCells(@Param("nodes") List<String> nodes, @Param("year") int year,
                                    @Param("dimension") String dimension);

    /** Cells of one dimension of the divisions directly below {@code under} (depth {@code depth}). */
    List<EmissionSum> childDivisionCells(@Param("under") String under, @Param("depth") int depth, @Param("year") int year,
                                         @Param("dimension") String dimension);

    List<EmitterTotal> topEmitters(@Param("prefixes") List<String> prefixes, @Param("year") int year,
                                   @Param("limit") int limit);

    Integer latestEnergyYear(@Param("prefixes") List<String> prefixes);

    BigDecimal energyOfYear(@Param("nodes") List<String> nodes, @Param("year") int year);

    List<MonthlyEnergy> monthlyEnergy(@Param("nodes") List<String> nodes, @Param("from") int from, @Param("to") int to);

    List<EnergyShare> energyBy(@Param("nodes") List<String> nodes, @Param("year") int year,
                               @Param("dimension") String dimension);

    List<EnergyShare> topEnergyConsumers(@Param("prefixes") List<String> prefixes, @Param("year") int year,
                                         @Param("limit") int limit);

    long countEnterprises(@Param("prefixes") List<String> prefixes);

    long countEtsEmitters(@Param("prefixes") List<String> prefixes);

    long countUnits(@Param("prefixes") List<String> prefixes);
}
