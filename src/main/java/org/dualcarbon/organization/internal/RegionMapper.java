package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.organization.Region;

@Mapper
public interface RegionMapper {

    long count();

    Optional<Region> find(@Param("code") String code);

    List<Region> children(@Param("parentCode") String parentCode);

    List<Region> provinces();

    List<Region> below(@Param("pathPrefix") String pathPrefix);

    void insertAll(@Param("regions") List<Region> regions);
}
