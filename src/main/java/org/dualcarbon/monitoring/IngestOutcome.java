package org.dualcarbon.monitoring;

/** What became of one message: stored (with how many values), a duplicate of a stored one, or rejected. */
public record IngestOutcome(Status status, int values, Rejection rejection) {

    public enum Status { STORED, DUPLICATE, REJECTED }

    static IngestOutcome stored(int values) {
        return new IngestOutcome(Status.STORED, values, null);
    }

    static IngestOutcome duplicate() {
        return new IngestOutcome(Status.DUPLICATE, 0, null);
    }

    static IngestOutcome rejected(Rejection rejection) {
        return new IngestOutcome(Status.REJECTED, 0, rejection);
    }
}
