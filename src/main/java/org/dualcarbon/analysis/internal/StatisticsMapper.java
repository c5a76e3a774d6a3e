package org.dualcarbon.analysis.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.analysis.GdpFigure;
import org.dualcarbon.analysis.SectorValueAdded;

@Mapper
public interface StatisticsMapper {

    /** Inserts the figure, or replaces the one already recorded for the division and year. */
    void upsertGdp(GdpFigure figure);

    List<GdpFigure> gdp(@Param("regionCode") String regionCode, @Param("from") int from, @Param("to") int to);

    long countGdp();

    /** Inserts the figure, or replaces the one already recorded for the division, year and sector. */
    void upsertValueAdded(SectorValueAdded figure);

    List<SectorValueAdded> valueAdded(@Param("regionCode") String regionCode, @Param("from") int from, @Param("to") int to);

    long countValueAdded();
}
