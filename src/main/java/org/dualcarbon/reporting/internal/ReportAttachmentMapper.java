package org.dualcarbon.reporting.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.common.scope.ScopedRow;
import org.dualcarbon.reporting.ReportAttachment;

/** The files kept with submissions; scope-filtered like every reporting table. */
@Mapper
public interface ReportAttachmentMapper {

    record AttachmentRow(long reportId, long submissionId, String kind, String fileName, String contentType, long sizeBytes,
                         String sha256, byte[] content, String uploadedBy, String scopePath) implements ScopedRow {
    }

    void insertAttachment(AttachmentRow row);

    List<ReportAttachment> attachments(@Param("reportId") long reportId);

    Optional<ReportAttachment> attachment(@Param("reportId") long reportId, @Param("id") long id);

    /** The stored bytes, read on their own so that listing attachments never loads files. */
    byte[] content(@Param("reportId") long reportId, @Param("id") long id);
}
