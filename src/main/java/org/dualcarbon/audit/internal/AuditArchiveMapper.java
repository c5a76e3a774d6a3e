package org.dualcarbon.audit.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The archive step: copies rows older than the cut-off to audit_log_archive, then removes from the online table only
 * rows that are in the archive. The one DELETE of the audit module; there is no UPDATE anywhere.
 */
@Mapper
public interface AuditArchiveMapper {

    int copyOlderThan(@Param("cutoffMs") long cutoffMs, @Param("archivedMs") long archivedMs);

    int removeArchived(@Param("cutoffMs") long cutoffMs);
}
