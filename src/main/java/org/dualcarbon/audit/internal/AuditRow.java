package org.dualcarbon.audit.internal;

/** An audit row as written; MyBatis fills the generated id. */
public class AuditRow {

    private Long id;
    private final long occurredMs;
    private final String username;
    private final String sourceAddress;
    private final String event;
    private final String objectType;
    private final String objectId;
    private final String outcome;
    private final String detail;

    public AuditRow(long occurredMs, String username, String sourceAddress, String event, String objectType, String objectId,
                    String outcome, String detail) {
        this.occurredMs = occurredMs;
        this.username = username;
        this.sourceAddress = sourceAddress;
        this.event = event;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getOccurredMs() {
        return occurredMs;
    }

    public String getUsername() {
        return username;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getEvent() {
        return event;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
