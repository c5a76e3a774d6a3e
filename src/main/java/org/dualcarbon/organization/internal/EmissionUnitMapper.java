package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EmissionUnitMapper {

    List<UnitData> ofEnterprise(@Param("enterpriseId") long enterpriseId);

    Optional<UnitData> find(@Param("id") long id);

    List<UnitItemRow> itemsOf(@Param("unitIds") List<Long> unitIds);

    long countCode(@Param("enterpriseId") long enterpriseId, @Param("code") String code);

    void insert(EmissionUnitRow row);

    int update(EmissionUnitRow row);

    void deleteItems(@Param("unitId") long unitId);

    void insertItems(@Param("items") List<UnitItemRow> items);
}
