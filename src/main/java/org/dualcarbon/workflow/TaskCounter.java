package org.dualcarbon.workflow;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** How many open tasks a user may work: assigned to them, or offered to one of their groups. */
@Component
public class TaskCounter {

    private final TaskService tasks;

    public TaskCounter(TaskService tasks) {
        this.tasks = tasks;
    }

    public long openTasksOf(String username) {
        return tasks.createTaskQuery().or().taskAssignee(username).taskCandidateUser(username).endOr().active().count();
    }
}
