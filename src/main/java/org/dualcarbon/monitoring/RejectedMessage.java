package org.dualcarbon.monitoring;

import java.time.LocalDateTime;
import org.dualcarbon.common.scope.ScopedRow;

/** A message that was not stored as readings, with why: kept for the operator, never silently dropped. */
public record RejectedMessage(Long id, String topic, String deviceMn, String reasonCode, String reason, int payloadSize,
                              String payloadHead, LocalDateTime receivedAt, String scopePath) implements ScopedRow {
}
