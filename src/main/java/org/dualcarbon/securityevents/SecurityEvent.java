package org.dualcarbon.securityevents;

/** One security event episode: what (kind), how bad, about whom or what, since when, how often, and its handling. */
public record SecurityEvent(long id, String kind, String severity, String subject, long firstSeen, long lastSeen,
                            int occurrences, String detail, String status, String acknowledgedBy, Long acknowledgedAt,
                            String note) {

    public static final String OPEN = "OPEN";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";

    public String firstSeenText() {
        return SecurityEvents.beijing(firstSeen);
    }

    public String lastSeenText() {
        return SecurityEvents.beijing(lastSeen);
    }
}
