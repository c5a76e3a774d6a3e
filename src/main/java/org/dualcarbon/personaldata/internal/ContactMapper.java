package org.dualcarbon.personaldata.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ContactMapper {

    Optional<ContactRow> byEnterprise(@Param("enterpriseId") long enterpriseId);

    List<Long> enterprisesByPhone(@Param("phoneIndex") String phoneIndex);

    void insert(ContactRow row);

    int update(ContactRow row);

    int delete(@Param("enterpriseId") long enterpriseId);
}
