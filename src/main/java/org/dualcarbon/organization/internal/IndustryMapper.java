package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.organization.Industry;

@Mapper
public interface IndustryMapper {

    List<Industry> all();

    Optional<Industry> find(@Param("code") String code);
}
