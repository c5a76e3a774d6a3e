package org.dualcarbon.monitoring.hj212;

/**
 * Carries a rejection out of the parsing steps to {@link Hj212Parser}, which turns it into a
 * {@link Hj212ParseResult.Rejected}; it never leaves the package. No stack trace: it is an answer, not a fault.
 */
final class FrameRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Hj212RejectionCode code;
    private final transient Hj212Deviation remedy;

    FrameRejection(Hj212RejectionCode code, String detail) {
        this(code, detail, null);
    }

    FrameRejection(Hj212RejectionCode code, String detail, Hj212Deviation remedy) {
        super(detail, null, false, false);
        this.code = code;
        this.remedy = remedy;
    }

    Hj212ParseResult.Rejected toResult() {
        return Hj212ParseResult.Rejected.of(code, getMessage(), remedy);
    }
}
