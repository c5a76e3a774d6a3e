package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseQuery;

@Mapper
public interface EnterpriseMapper {

    List<Enterprise> page(@Param("q") EnterpriseQuery query, @Param("regionPath") String regionPath);

    long count(@Param("q") EnterpriseQuery query, @Param("regionPath") String regionPath);

    Optional<Enterprise> find(@Param("id") long id);

    Optional<Enterprise> findByUscc(@Param("uscc") String uscc);

    long countByUscc(@Param("uscc") String uscc);

    List<String> scopePathsOfGroup(@Param("groupId") long groupId);

    List<String> scopePathsOf(@Param("ids") List<Long> ids);

    void insert(EnterpriseRow row);

    int update(EnterpriseRow row);
}
