package org.dualcarbon.reporting;

import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * A file kept with a submission (报送附件) — the Excel workbook an enterprise imported, byte for byte — and its SHA-256
 * (hex), the digest a ledger entry of the submission records.
 */
public record ReportAttachment(Long id, long reportId, long submissionId, int versionNo, String kind, String fileName,
                               String contentType, long sizeBytes, String sha256, String uploadedBy,
                               LocalDateTime uploadedAt, String scopePath) implements ScopedRow {

    /** The original workbook of an Excel import. */
    public static final String EXCEL_IMPORT = "EXCEL_IMPORT";
}
