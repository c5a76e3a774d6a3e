package org.dualcarbon.factors.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.dualcarbon.factors.FactorLibraryLifecycle;
import org.dualcarbon.factors.FactorLibraryReviewProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin engine glue of the review process: each bean reads variables and calls the lifecycle service. */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

    /** Four eyes: whoever completes the review may not be who asked for it; records the reviewer. */
    @Bean
    TaskListener recordLibraryReviewer() {
        return task -> {
            String reviewer = reviewer(task);
            Object requestedBy = task.getVariable(FactorLibraryReviewProcess.VAR_REQUESTED_BY);
            if (reviewer == null) {
                throw new IllegalStateException("a library version is reviewed by a logged-in person");
            }
            if (reviewer.equals(requestedBy)) {
                throw new IllegalStateException("提交人不能审核自己的提交 / the submitter may not review their own submission");
            }
            task.setVariable(FactorLibraryReviewProcess.VAR_REVIEWED_BY, reviewer);
        };
    }

    @Bean
    JavaDelegate activateLibraryVersion(FactorLibraryLifecycle lifecycle) {
        return execution -> lifecycle.activate(code(execution), version(execution),
                (String) execution.getVariable(FactorLibraryReviewProcess.VAR_REVIEWED_BY),
                (String) execution.getVariable(FactorLibraryReviewProcess.VAR_REVIEW_COMMENT));
    }

    @Bean
    JavaDelegate rejectLibraryVersion(FactorLibraryLifecycle lifecycle) {
        return execution -> lifecycle.reject(code(execution), version(execution),
                (String) execution.getVariable(FactorLibraryReviewProcess.VAR_REVIEW_COMMENT));
    }

    private static String reviewer(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }

    private static String code(DelegateExecution execution) {
        return (String) execution.getVariable(FactorLibraryReviewProcess.VAR_CODE);
    }

    private static String version(DelegateExecution execution) {
        return (String) execution.getVariable(FactorLibraryReviewProcess.VAR_VERSION);
    }
}
