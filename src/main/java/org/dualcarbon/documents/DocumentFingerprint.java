package org.dualcarbon.documents;

import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * The SHA-256 of a report document as generated when the report was approved (报告文件指纹), with its size, the time
 * of the data it shows and when it was registered.
 */
public record DocumentFingerprint(Long id, long reportId, DocumentFormat format, String sha256, int byteSize,
                                  LocalDateTime dataAsOf, LocalDateTime registeredAt, String scopePath) implements ScopedRow {
}
