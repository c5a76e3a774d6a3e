package org.dualcarbon.audit.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.audit.AuditEntry;

/** The audit log: insert and read only — no UPDATE or DELETE statement here (AuditLogIsAppendOnlyTest). */
@Mapper
public interface AuditMapper {

    void insert(AuditRow row);

    List<AuditEntry> search(@Param("fromMs") Long fromMs, @Param("toMs") Long toMs, @Param("username") String username,
                            @Param("event") String event, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("fromMs") Long fromMs, @Param("toMs") Long toMs, @Param("username") String username,
               @Param("event") String event);

    /** A row online or, once moved, in the archive. */
    Optional<AuditEntry> find(@Param("id") long id);

    Optional<AuditEntry> findArchived(@Param("id") long id);
}
