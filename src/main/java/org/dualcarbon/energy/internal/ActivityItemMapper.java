package org.dualcarbon.energy.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.energy.ActivityItem;

@Mapper
public interface ActivityItemMapper {

    List<ActivityItem> all();

    Optional<ActivityItem> find(@Param("code") String code);
}
