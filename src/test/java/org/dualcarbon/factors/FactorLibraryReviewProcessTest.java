package org.dualcarbon.factors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.dualcarbon.support.InMemoryEngine;

/**
 * Every path of processes/factors/factor-library-review.bpmn on a plain in-memory engine. The delegates stand in
 * for the Spring beans (they record what the lifecycle service would be asked to do); the four-eyes listener is
 * the same rule as the real one.
 */
class FactorLibraryReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("recordLibraryReviewer", (TaskListener) task -> {
            String reviewer = processEngine.getIdentityService().getCurrentAuthentication().getUserId();
            if (reviewer.equals(task.getVariable(FactorLibraryReviewProcess.VAR_REQUESTED_BY))) {
                throw new IllegalStateException("the submitter may not review their own submission");
            }
            task.setVariable(FactorLibraryReviewProcess.VAR_REVIEWED_BY, reviewer);
        });
        Mocks.register("activateLibraryVersion", (JavaDelegate) e -> calls.add("activate " + e.getVariable("libraryCode")
                + "@" + e.getVariable("libraryVersion") + " by " + e.getVariable("reviewedBy")));
        Mocks.register("rejectLibraryVersion", (JavaDelegate) e -> calls.add("reject " + e.getVariable("libraryCode")));
    }

    @AfterEach
    void unbind() {
        processEngine.getIdentityService().clearAuthentication();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submitted() {
        ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(FactorLibraryReviewProcess.KEY,
                Map.of("libraryCode", "IPCC-GWP", "libraryVersion", "AR6-2026", "action", "ACTIVATE",
                        "reason", "AR6 values checked against Table 7.SM.7", "requestedBy", "rule.author"));
        assertThat(instance).isWaitingAt(FactorLibraryReviewProcess.TASK_REVIEW);
        assertThat(task()).hasCandidateGroup("ruleAuthor").hasCandidateGroup("govOfficial");
        return instance;
    }

    @Test
    @Deployment(resources = {"processes/factors/factor-library-review.bpmn", "forms/factors/review-library-version.form"})
    void anApprovedVersionIsActivated() {
        ProcessInstance instance = submitted();
        processEngine.getIdentityService().setAuthenticatedUserId("gov.province");
        complete(task(), withVariables("approved", "true", "reviewComment", "核对无误"));
        assertThat(instance).hasPassed("Task_ActivateVersion").isEnded().hasVariables("reviewedBy");
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("activate IPCC-GWP@AR6-2026 by gov.province");
    }

    @Test
    @Deployment(resources = {"processes/factors/factor-library-review.bpmn", "forms/factors/review-library-version.form"})
    void aRejectedVersionIsRecordedAndNeverActivated() {
        ProcessInstance instance = submitted();
        processEngine.getIdentityService().setAuthenticatedUserId("rule.author2");
        complete(task(), withVariables("approved", "false", "reviewComment", "CH4 缺出处"));
        assertThat(instance).hasPassed("Task_RecordRejection").hasNotPassed("Task_ActivateVersion").isEnded();
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("reject IPCC-GWP");
    }

    @Test
    @Deployment(resources = {"processes/factors/factor-library-review.bpmn", "forms/factors/review-library-version.form"})
    void theSubmitterCannotApproveTheirOwnVersion() {
        ProcessInstance instance = submitted();
        processEngine.getIdentityService().setAuthenticatedUserId("rule.author");
        assertThatThrownBy(() -> complete(task(), withVariables("approved", "true", "reviewComment", "自审")))
                .hasMessageContaining("may not review");
        assertThat(instance).isWaitingAt(FactorLibraryReviewProcess.TASK_REVIEW);
        org.assertj.core.api.Assertions.assertThat(calls).isEmpty();
    }
}
