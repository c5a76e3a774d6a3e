package org.dualcarbon.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.dualcarbon.reporting.ReportingProcess.BATCH_SIZE;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_PREPARE_BATCHES;
import static org.dualcarbon.reporting.ReportingProcess.BEAN_START_UNIT_BATCH;
import static org.dualcarbon.reporting.ReportingProcess.END_CYCLE_LAUNCHED;
import static org.dualcarbon.reporting.ReportingProcess.END_NO_UNITS;
import static org.dualcarbon.reporting.ReportingProcess.TASK_PREPARE_BATCHES;
import static org.dualcarbon.reporting.ReportingProcess.TASK_START_UNIT_BATCH;
import static org.dualcarbon.reporting.ReportingProcess.VAR_BATCH_COUNT;
import static org.dualcarbon.reporting.ReportingProcess.VAR_BATCH_INDEX;
import static org.dualcarbon.reporting.ReportingProcess.VAR_CYCLE_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.dualcarbon.support.InMemoryEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/reporting/annual-reporting-cycle.bpmn on the shared in-memory engine (job executor off,
 * so each batch job runs only when the test executes it). The delegates do what the real ones do with the
 * variables — prepare sets batchCount = ceil(units / BATCH_SIZE) and batchIndex = 0, each batch takes its slice of
 * the units and moves batchIndex on — and record the slices instead of starting unit report instances.
 */
class AnnualReportingCycleProcessTest {

    private static final String MODEL = "processes/reporting/annual-reporting-cycle.bpmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

    ProcessEngine processEngine;
    List<String> unitsInScope = List.of();
    final List<String> startedBatches = new ArrayList<>();
    int failuresToThrow;

    @BeforeEach
    void wireDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(BEAN_PREPARE_BATCHES, (JavaDelegate) e -> {
            e.setVariable(VAR_BATCH_COUNT, (unitsInScope.size() + BATCH_SIZE - 1) / BATCH_SIZE);
            e.setVariable(VAR_BATCH_INDEX, 0);
        });
        Mocks.register(BEAN_START_UNIT_BATCH, (JavaDelegate) this::startBatch);
    }

    @AfterEach
    void unbind() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private void startBatch(DelegateExecution execution) {
        int index = (Integer) execution.getVariable(VAR_BATCH_INDEX);
        if (failuresToThrow > 0) {
            failuresToThrow--;
            throw new IllegalStateException("unit store unavailable while starting batch " + index);
        }
        List<String> batch = unitsInScope.subList(index * BATCH_SIZE, Math.min(unitsInScope.size(), (index + 1) * BATCH_SIZE));
        startedBatches.add(index + ":" + batch.size() + ":" + batch.get(0));
        execution.setVariable(VAR_BATCH_INDEX, index + 1);
    }

    @Test
    @Deployment(resources = MODEL)
    void fourHundredFiftyUnitsAreStartedInThreeBatchJobs() {
        unitsInScope = units(450);
        ProcessInstance instance = launched();
        assertThat(instance).hasPassed(TASK_PREPARE_BATCHES).isWaitingAt(TASK_START_UNIT_BATCH).variables()
                .containsEntry(VAR_BATCH_COUNT, 3).containsEntry(VAR_BATCH_INDEX, 0);
        Assertions.assertThat(startedBatches).as("nothing starts in the official's transaction").isEmpty();

        for (int batch = 0; batch < 3; batch++) {
            Assertions.assertThat(batchJobs()).as("one job for batch %d", batch).hasSize(1);
            execute(job(instance));
            Assertions.assertThat(startedBatches).hasSize(batch + 1);
        }

        assertThat(instance).isEnded().hasPassed(END_CYCLE_LAUNCHED).hasNotPassed(END_NO_UNITS);
        Assertions.assertThat(startedBatches).containsExactly("0:200:U-0000", "1:200:U-0200", "2:50:U-0400");
        Assertions.assertThat(batchJobs()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    void aDivisionWithoutUnitsEndsWithoutStartingAnything() {
        unitsInScope = List.of();
        ProcessInstance instance = launched();
        assertThat(instance).isEnded().hasPassed(TASK_PREPARE_BATCHES, END_NO_UNITS)
                .hasNotPassed(TASK_START_UNIT_BATCH, END_CYCLE_LAUNCHED);
        Assertions.assertThat(startedBatches).isEmpty();
        Assertions.assertThat(batchJobs()).isEmpty();
    }

    @Test
    @Deployment(resources = MODEL)
    void aFailingBatchIsRetriedAloneAndTheBatchesBeforeItStayStarted() {
        unitsInScope = units(450);
        ProcessInstance instance = launched();
        execute(job(instance));
        failuresToThrow = 1;
        Job second = job(instance);
        assertThatThrownBy(() -> processEngine.getManagementService().executeJob(second.getId()))
                .hasMessageContaining("starting batch 1");

        Job retried = processEngine.getManagementService().createJobQuery().jobId(second.getId()).singleResult();
        Assertions.assertThat(retried.getRetries()).as("one retry used").isEqualTo(2);
        Assertions.assertThat(retried.getExceptionMessage()).contains("starting batch 1");
        assertThat(instance).isWaitingAt(TASK_START_UNIT_BATCH).variables().containsEntry(VAR_BATCH_INDEX, 1);

        execute(retried);
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed(END_CYCLE_LAUNCHED);
        Assertions.assertThat(startedBatches).containsExactly("0:200:U-0000", "1:200:U-0200", "2:50:U-0400");
    }

    private ProcessInstance launched() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(ReportingProcess.CYCLE_KEY, "2025-330100",
                Map.of(VAR_CYCLE_ID, "2025-330100"));
    }

    private List<Job> batchJobs() {
        return processEngine.getManagementService().createJobQuery().activityId(TASK_START_UNIT_BATCH).list();
    }

    private static List<String> units(int count) {
        return IntStream.range(0, count).mapToObj(i -> "U-%04d".formatted(i)).toList();
    }
}
