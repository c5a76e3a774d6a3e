package org.dualcarbon.organization.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.organization.EnterpriseGroup;

@Mapper
public interface GroupMapper {

    List<EnterpriseGroup> all();

    Optional<EnterpriseGroup> find(@Param("id") long id);

    boolean existsUscc(@Param("uscc") String uscc);

    boolean existsName(@Param("name") String name);

    void insert(GroupRow row);
}
