package org.dualcarbon.monitoring;

import java.time.LocalDateTime;

/**
 * A stored version of the monitoring threshold table: its number, how many rows, the SHA-256 of its CSV, whether it
 * was shipped or uploaded (and the file name), who uploaded it and when, the reason given, and whether it is the
 * table the rules run with now. Versions are never changed.
 */
public record ThresholdTableVersion(int version, int rowCount, String contentHash, String origin, String fileName,
                                    String uploadedBy, LocalDateTime uploadedAt, String reason, boolean active) {

    public static final String SHIPPED = "SHIPPED";
    public static final String UPLOADED = "UPLOADED";
}
