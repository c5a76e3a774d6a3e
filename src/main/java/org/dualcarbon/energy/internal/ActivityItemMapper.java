package org.dualcarbon.energy.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.energy.ActivityItem;

@Mapper
public interface ActivityItemMapper {

    List<ActivityItem> all();

    Optional<ActivityItem> find(@Param("code") String code);

    /** Sets an energy item's GB/T 2589 coefficient from a factor row; 0 when no such energy item exists. */
    int updateCoefficient(@Param("code") String code, @Param("tce") BigDecimal tcePerUnit,
                          @Param("source") String source, @Param("status") String status);
}
