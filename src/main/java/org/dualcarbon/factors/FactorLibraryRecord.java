package org.dualcarbon.factors;

import java.time.LocalDateTime;

/**
 * A factor library version as the rule-base history shows it (规则库版本记录): the version, its review state, who
 * uploaded it, whether and when it was activated and by whom, the reason given, and its review process instance.
 */
public record FactorLibraryRecord(String code, String version, String title, String status, int rows, String origin,
                                  String reviewState, String uploadedBy, String processInstanceId, boolean active,
                                  LocalDateTime activatedAt, String activatedBy, String reason) {

    public String key() {
        return code + "@" + version;
    }
}
