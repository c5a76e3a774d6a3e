package org.dualcarbon.monitoring;

import java.time.ZoneOffset;

/** HJ 212 data times are Beijing local time (UTC+8); the platform keeps monitoring times in it. */
final class MonitoringTime {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private MonitoringTime() {
    }
}
