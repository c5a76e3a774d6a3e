package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.organization.Park;

@Mapper
public interface ParkMapper {

    List<Park> all();

    Optional<Park> find(@Param("id") long id);

    boolean existsCode(@Param("code") String code);

    boolean existsName(@Param("name") String name);

    void insert(ParkRow row);
}
