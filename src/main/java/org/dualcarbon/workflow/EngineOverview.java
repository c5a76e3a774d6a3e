package org.dualcarbon.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/** Headline figures of the process engine for the system administrator's home. */
@Component
public class EngineOverview {

    private final ProcessEngine engine;

    public EngineOverview(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Engine name, deployed process definitions (latest versions), running instances, open tasks, open incidents. */
    public record Status(String name, long processDefinitions, long runningInstances, long openTasks, long incidents) {
    }

    public Status status() {
        return new Status(engine.getName(),
                engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count(),
                engine.getRuntimeService().createProcessInstanceQuery().active().count(),
                engine.getTaskService().createTaskQuery().active().count(),
                engine.getRuntimeService().createIncidentQuery().count());
    }
}
