package org.dualcarbon.monitoring;

import java.time.LocalDateTime;

/**
 * Published by {@link MonitoringIngestion} once per device and minute (data time, truncated) of the readings a batch stored, inside the ingestion
 * transaction; listeners that build on the readings (the 1-minute aggregates) take it after the commit.
 */
public record ReadingsStored(long deviceId, LocalDateTime dataTime) {
}
