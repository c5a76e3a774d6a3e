package org.dualcarbon.monitoring.internal;

import java.util.List;
import org.dualcarbon.monitoring.ThresholdRow;
import org.dualcarbon.monitoring.ThresholdTableVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Behind {@link org.dualcarbon.monitoring.MonitoringThresholds}: an upload is turned into CSV, read and checked row by
 * row, compiled into a rule base — each step can refuse it, and none has touched anything yet — then stored and
 * activated in one transaction, and only then run. Uploads are serialised, so two of them cannot both take effect out
 * of the order they were stored in.
 */
@Component
public class ThresholdTableEditing {

    private static final Logger log = LoggerFactory.getLogger(ThresholdTableEditing.class);

    private final ThresholdVersions versions;
    private final MonitoringRules rules;

    ThresholdTableEditing(ThresholdVersions versions, MonitoringRules rules) {
        this.versions = versions;
        this.rules = rules;
    }

    public List<ThresholdTableVersion> versions() {
        return versions.versions();
    }

    public List<ThresholdRow> activeRows() {
        return rules.thresholds();
    }

    public byte[] csv(int version) {
        return versions.content(version);
    }

    public byte[] xlsx(int version) {
        return ThresholdTableFiles.csvToXlsx(versions.content(version));
    }

    public synchronized ThresholdTableVersion upload(String fileName, byte[] content, String reason, String by) {
        byte[] csv = ThresholdTableFiles.toCsv(fileName, content);
        List<AlarmThreshold> rows = WarningThresholds.read(csv);
        WarningSession.PreparedRules prepared = WarningSession.prepare(rows);
        ThresholdTableVersion stored = versions.add(csv, rows.size(), ThresholdTableVersion.UPLOADED, fileName, by, reason);
        rules.run(stored.version(), prepared);
        log.info("threshold table version {} ({} rows) uploaded by {} and activated", stored.version(), rows.size(), by);
        return stored;
    }
}
