package org.dualcarbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.dualcarbon.support.InMemoryEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The yearly timer of processes/reporting/scheduled-reporting-launch.bpmn: fires on the configured date, launches, and waits for next year. */
class ScheduledReportingLaunchProcessTest {

    static final String MODEL = "processes/reporting/scheduled-reporting-launch.bpmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

    ProcessEngine processEngine;
    final List<String> launches = new ArrayList<>();

    /** Stands in for the reportingSchedule bean. */
    public static class Schedule {
        public String getSchedule() {
            return "R/2027-01-10T08:00:00/P1Y";
        }
    }

    @BeforeEach
    void wire() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("reportingSchedule", new Schedule());
        Mocks.register(ReportingProcess.BEAN_LAUNCH_SCHEDULED, (JavaDelegate) e -> launches.add("launch"));
    }

    @AfterEach
    void unbind() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @Deployment(resources = MODEL)
    void theCycleIsLaunchedOnTheConfiguredDateEveryYear() {
        Job timer = processEngine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2027, 1, 10, 8, 0)));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(date(LocalDateTime.of(2027, 1, 10, 8, 0, 1)));
        execute(timer);
        assertThat(launches).containsExactly("launch");
        List<HistoricProcessInstance> runs = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportingProcess.SCHEDULED_KEY).finished().list();
        assertThat(runs).hasSize(1);
        Job next = processEngine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(next.getDuedate()).isEqualTo(date(LocalDateTime.of(2028, 1, 10, 8, 0)));
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
