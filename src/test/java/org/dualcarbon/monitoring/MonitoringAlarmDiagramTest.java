package org.dualcarbon.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

/**
 * processes/monitoring/monitoring-alarm.bpmn carries its diagram (BPMN DI), so Cockpit and Tasklist draw it: every
 * flow node and the event sub-process has a shape with a size, every sequence flow an edge of at least two points,
 * and no two shapes of the same level overlap.
 */
class MonitoringAlarmDiagramTest {

    @Test
    void everyElementOfTheAlarmProcessIsDrawn() throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/monitoring/monitoring-alarm.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .peek(s -> assertThat(s.getBounds().getWidth()).as(s.getId()).isPositive())
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .peek(e -> assertThat(e.getWaypoints()).as(e.getId()).hasSizeGreaterThanOrEqualTo(2))
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(edges).containsExactlyInAnyOrderElementsOf(
                model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
        assertThat(shapes).contains(MonitoringAlarmProcess.TASK_HANDLE, MonitoringAlarmProcess.TIMER_ESCALATION,
                MonitoringAlarmProcess.END_AUTO_RESOLVED);
        var tasks = model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getId().startsWith("Task_")).toList();
        for (BpmnShape a : tasks) {
            for (BpmnShape b : tasks) {
                assertThat(a == b || !overlap(a.getBounds(), b.getBounds())).as(a.getId() + " and " + b.getId()).isTrue();
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
