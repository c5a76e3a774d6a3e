package org.dualcarbon.history;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.history.internal.HistoryScope;
import org.dualcarbon.history.internal.InstanceHistoryReader;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.stereotype.Service;

/**
 * 流程历史 — the process history an auditor reads: instances (running and completed) searchable by process, year
 * and unit, and one instance's whole history. Read-only; an instance outside the reader's scope is "not found".
 */
@Service
public class ProcessHistory {

    private final HistoryService history;
    private final HistoryScope scope;
    private final InstanceHistoryReader reader;

    public ProcessHistory(HistoryService history, HistoryScope scope, InstanceHistoryReader reader) {
        this.history = history;
        this.scope = scope;
        this.reader = reader;
    }

    /** One page of the visible instances matching the search, newest first. */
    public ProcessPage search(ProcessSearch search, int page, int size, CurrentUser me) {
        me.require(Permission.PROCESS_HISTORY_READ);
        Map<String, HistoryScope.Label> visible = scope.find(search, me);
        if (visible.isEmpty()) {
            return new ProcessPage(List.of(), page, size, 0);
        }
        var query = history.createHistoricProcessInstanceQuery().processInstanceIds(visible.keySet());
        long total = query.count();
        List<ProcessSummary> rows = query.orderByProcessInstanceStartTime().desc().listPage(page * size, size).stream()
                .map(i -> summary(i, visible.get(i.getId()))).toList();
        return new ProcessPage(rows, page, size, total);
    }

    /** The history of one visible instance (404 when it does not exist or is outside the scope). */
    public InstanceHistory instance(String id, CurrentUser me) {
        me.require(Permission.PROCESS_HISTORY_READ);
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        HistoryScope.Label label = instance == null ? null : scope.visible(instance, me).orElse(null);
        if (label == null) {
            throw new NotFoundException("process instance", id);
        }
        return new InstanceHistory(summary(instance, label), reader.steps(id), reader.operations(id),
                reader.variables(id), reader.comments(id));
    }

    private static ProcessSummary summary(HistoricProcessInstance i, HistoryScope.Label label) {
        return new ProcessSummary(i.getId(), i.getProcessDefinitionKey(), i.getBusinessKey(), label.label(), label.year(),
                i.getStartTime(), i.getEndTime(), i.getState());
    }
}
