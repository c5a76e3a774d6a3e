package org.dualcarbon.history.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.dualcarbon.history.InstanceHistory;
import org.springframework.stereotype.Component;

/** Reads one instance's steps, operation log, variable changes and comments from the engine's history. */
@Component
public class InstanceHistoryReader {

    private static final int MAX_VALUE_LENGTH = 200;

    private final HistoryService history;
    private final TaskService tasks;

    public InstanceHistoryReader(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    public List<InstanceHistory.Operation> operations(String instanceId) {
        return operationLog(instanceId).stream().map(o -> new InstanceHistory.Operation(o.getTimestamp(), o.getUserId(),
                o.getOperationType(), o.getEntityType(), o.getProperty(), o.getOrgValue(), o.getNewValue())).toList();
    }

    public List<InstanceHistory.Step> steps(String instanceId) {
        Map<String, String> completedBy = new HashMap<>();
        for (UserOperationLogEntry o : operationLog(instanceId)) {
            if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(o.getOperationType()) && o.getTaskId() != null) {
                completedBy.put(o.getTaskId(), o.getUserId());
            }
        }
        return activities(instanceId).stream().map(a -> new InstanceHistory.Step(a.getActivityId(),
                a.getActivityName() == null ? a.getActivityId() : a.getActivityName(), a.getActivityType(),
                a.getStartTime(), a.getEndTime(), a.getAssignee(),
                a.getTaskId() == null ? null : completedBy.get(a.getTaskId()))).toList();
    }

    /** Every update in time order, each with the value the same variable held before it. */
    public List<InstanceHistory.VariableChange> variables(String instanceId) {
        Map<String, String> users = new HashMap<>();
        operationLog(instanceId).forEach(o -> users.putIfAbsent(o.getOperationId(), o.getUserId()));
        Map<String, String> steps = new HashMap<>();
        activities(instanceId).forEach(a -> steps.put(a.getId(), a.getActivityName() == null ? a.getActivityId()
                : a.getActivityName()));
        Map<String, String> previous = new HashMap<>();
        List<InstanceHistory.VariableChange> changes = new ArrayList<>();
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates()
                .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc().list();
        for (HistoricDetail detail : details) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            String value = text(update);
            String old = previous.put(update.getVariableInstanceId(), value);
            changes.add(new InstanceHistory.VariableChange(update.getTime(), update.getVariableName(), old, value,
                    update.getActivityInstanceId() == null ? null : steps.get(update.getActivityInstanceId()),
                    update.getUserOperationId() == null ? null : users.get(update.getUserOperationId())));
        }
        return changes;
    }

    public List<InstanceHistory.Note> comments(String instanceId) {
        return tasks.getProcessInstanceComments(instanceId).stream()
                .map(c -> new InstanceHistory.Note(c.getTime(), c.getUserId(), c.getFullMessage())).toList();
    }

    private List<HistoricActivityInstance> activities(String instanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    }

    private List<UserOperationLogEntry> operationLog(String instanceId) {
        return history.createUserOperationLogQuery().processInstanceId(instanceId).orderByTimestamp().asc().list();
    }

    /** Shown as text, never deserialized: object values show their serialized form, shortened. */
    private static String text(HistoricVariableUpdate update) {
        if (update.getErrorMessage() != null) {
            return "(" + update.getErrorMessage() + ")";
        }
        TypedValue typed = update.getTypedValue();
        Object value = typed instanceof SerializableValue s && !s.isDeserialized() ? s.getValueSerialized() : typed.getValue();
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }
}
