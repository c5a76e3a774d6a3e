package org.dualcarbon.history;

import java.util.Date;
import java.util.List;

/**
 * The whole history of one process instance: its steps (activities) with who did them, the engine's user operation
 * log, every variable change with the value before and after, and the comments on its tasks.
 */
public record InstanceHistory(ProcessSummary instance, List<Step> steps, List<Operation> operations,
                              List<VariableChange> variables, List<Note> comments) {

    /** One activity: a task, an event or a service step, who it was assigned to and who completed it. */
    public record Step(String activityId, String name, String type, Date start, Date end, String assignee,
                       String completedBy) {
    }

    /** One entry of the engine's user operation log. */
    public record Operation(Date time, String user, String operation, String entity, String property, String oldValue,
                            String newValue) {
    }

    /** One variable update: its value before (null when first set) and after, when, in which step and by whom. */
    public record VariableChange(Date time, String name, String oldValue, String newValue, String step, String user) {
    }

    /** A comment written on a task of the instance. */
    public record Note(Date time, String user, String message) {
    }
}
