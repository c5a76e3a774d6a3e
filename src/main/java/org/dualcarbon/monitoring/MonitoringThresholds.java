package org.dualcarbon.monitoring;

import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.monitoring.internal.ThresholdTableEditing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The monitoring threshold table (预警阈值表) for rule authors: every stored version with who uploaded it and when, any
 * version's file to download (CSV, or Excel), and the upload of a new version. An upload is checked as a whole — low
 * above high, a window under one minute, an unknown pollutant code, two rows for the same check, pollutant and unit,
 * a row without a source and more — and refused with every row and reason ({@link ThresholdTableRefused}), leaving
 * the running rules untouched; a table that passes is compiled, stored as the next version and activated in one
 * transaction, and the running rules switch to it with their open warnings and episodes kept.
 */
@Service
public class MonitoringThresholds {

    private final ThresholdTableEditing editing;

    public MonitoringThresholds(ThresholdTableEditing editing) {
        this.editing = editing;
    }

    @PreAuthorize("hasAnyAuthority('RULE_EDIT', 'ACTIVITY_READ')")
    public List<ThresholdTableVersion> versions() {
        return editing.versions();
    }

    /** The rows the rules run with now. */
    @PreAuthorize("hasAnyAuthority('RULE_EDIT', 'ACTIVITY_READ')")
    public List<ThresholdRow> activeRows() {
        return editing.activeRows();
    }

    /** A version as the CSV decision table it is stored as. */
    @PreAuthorize("hasAuthority('RULE_EDIT')")
    public byte[] csv(int version) {
        return editing.csv(version);
    }

    /** A version as an Excel workbook (one sheet, the same rows, text cells). */
    @PreAuthorize("hasAuthority('RULE_EDIT')")
    public byte[] xlsx(int version) {
        return editing.xlsx(version);
    }

    /**
     * Checks an uploaded table (.csv or .xlsx) and, if it passes, stores and activates it as the next version.
     *
     * @throws ThresholdTableRefused with every problem; nothing is stored and the running rules stay
     */
    @PreAuthorize("hasAuthority('RULE_EDIT')")
    public ThresholdTableVersion upload(String fileName, byte[] content, String reason, String uploadedBy) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "须说明修改原因（500字以内） / a reason of at most 500 characters is required");
        }
        return editing.upload(fileName, content, reason.strip(), uploadedBy);
    }
}
