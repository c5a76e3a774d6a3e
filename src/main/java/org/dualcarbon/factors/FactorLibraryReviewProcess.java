package org.dualcarbon.factors;

/**
 * Constants of processes/factors/factor-library-review.bpmn (规则库审核启用), shared by Java and the model: a
 * submitted version (or a roll-back to an earlier one) waits for a second person's review, then is activated
 * atomically or rejected.
 */
public final class FactorLibraryReviewProcess {

    public static final String KEY = "factorLibraryReview";
    public static final String TASK_REVIEW = "Task_ReviewLibraryVersion";
    public static final String VAR_CODE = "libraryCode";
    public static final String VAR_VERSION = "libraryVersion";
    public static final String VAR_REQUESTED_BY = "requestedBy";
    public static final String VAR_REASON = "reason";
    public static final String VAR_ACTION = "action";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    public static final String VAR_REVIEWED_BY = "reviewedBy";
    public static final String ACTION_ACTIVATE = "ACTIVATE";
    public static final String ACTION_ROLLBACK = "ROLLBACK";

    private FactorLibraryReviewProcess() {
    }
}
