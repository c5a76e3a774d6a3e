package org.dualcarbon.reporting.internal;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The reporting rows the ledger records, read by id (scope-filtered like every reporting statement). */
@Mapper
public interface ReportLedgerMapper {

    Optional<Submission> submission(@Param("id") long id);

    Optional<Decision> decision(@Param("id") long id);

    Optional<Attachment> attachment(@Param("id") long id);

    /** The newest event of a report, just written by the caller's transaction. */
    Long lastEventId(@Param("reportId") long reportId);

    /** The newest attachment of a submission, just written by the caller's transaction. */
    Long lastAttachmentId(@Param("submissionId") long submissionId);

    record Submission(long id, long reportId, int versionNo, String dataJson, String submitToken, String submittedBy) {
    }

    record Decision(long id, long reportId, String event, String actor, String remark) {
    }

    record Attachment(long id, long reportId, long submissionId, String kind, String fileName, String contentType,
                      long sizeBytes, String sha256, byte[] content, String uploadedBy) {
    }
}
