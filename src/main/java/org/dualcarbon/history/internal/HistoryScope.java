package org.dualcarbon.history.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.factors.FactorLibraryReviewProcess;
import org.dualcarbon.history.ProcessSearch;
import org.dualcarbon.reporting.ReportingCycle;
import org.dualcarbon.reporting.ReportingCycles;
import org.dualcarbon.reporting.ReportingProcess;
import org.dualcarbon.reporting.UnitReport;
import org.dualcarbon.reporting.UnitReports;
import org.dualcarbon.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which process instances a reader may see, decided through the owning modules' scoped services, never by the
 * engine alone: a unit report's instance when the report is in the reader's scope (the reporting module's scope
 * filter on {@code scope_path}), a cycle's launch instance when the reader's scope covers the cycle's division, and
 * every factor library review (the rule base is the same for every region), and a monitoring alarm's instance when
 * the alarm's unit is in the reader's scope (the monitoring module's filter). Instances of any other process are not
 * shown: hiding is the safe default until their module offers a scoped lookup.
 */
@Component
public class HistoryScope {

    private static final String REPORT_PREFIX = "report-";
    private static final String CYCLE_PREFIX = "cycle-";
    private static final String ALARM_PREFIX = "alarm-";

    private final UnitReports reports;
    private final ReportingCycles cycles;
    private final HistoryService history;
    private final org.dualcarbon.monitoring.MonitoringAlarms alarms;

    public HistoryScope(UnitReports reports, ReportingCycles cycles, HistoryService history,
                        org.dualcarbon.monitoring.MonitoringAlarms alarms) {
        this.alarms = alarms;
        this.reports = reports;
        this.cycles = cycles;
        this.history = history;
    }

    /** A visible instance: what it is about and its reporting year, when it has one. */
    public record Label(String label, Integer year) {
    }

    /** The visible instances matching the search, by instance id. */
    public Map<String, Label> find(ProcessSearch search, CurrentUser me) {
        Map<String, Label> found = new LinkedHashMap<>();
        if (wants(search, ReportingProcess.UNIT_KEY)) {
            for (UnitReport r : reports.reports(search.year(), null, null, null, null, null)) {
                if (r.processInstance() != null && matches(search, r.unitCode(), r.unitName(), r.enterpriseName(),
                        REPORT_PREFIX + r.id())) {
                    found.put(r.processInstance(), reportLabel(r));
                }
            }
        }
        if (wants(search, ReportingProcess.CYCLE_KEY)) {
            Map<String, ReportingCycle> byKey = new LinkedHashMap<>();
            cycles.cycles(me).stream().filter(c -> me.scope().covers(c.regionPath()))
                    .filter(c -> search.year() == null || search.year() == c.year())
                    .filter(c -> matches(search, c.regionCode(), c.regionName(), CYCLE_PREFIX + c.id()))
                    .forEach(c -> byKey.put(CYCLE_PREFIX + c.id(), c));
            if (!byKey.isEmpty()) {
                history.createHistoricProcessInstanceQuery().processDefinitionKey(ReportingProcess.CYCLE_KEY).list()
                        .stream().filter(i -> byKey.containsKey(i.getBusinessKey()))
                        .forEach(i -> found.put(i.getId(), cycleLabel(byKey.get(i.getBusinessKey()))));
            }
        }
        if (wants(search, org.dualcarbon.monitoring.MonitoringAlarmProcess.KEY)) {
            for (org.dualcarbon.monitoring.MonitoringAlarm a : alarms.alarmsRaisedIn(search.year(), 1000)) {
                if (a.processInstance() != null && matches(search, a.deviceMn(), a.deviceName(), a.code(), ALARM_PREFIX + a.id())) {
                    found.put(a.processInstance(), alarmLabel(a));
                }
            }
        }
        if (wants(search, FactorLibraryReviewProcess.KEY) && search.year() == null) {
            history.createHistoricProcessInstanceQuery().processDefinitionKey(FactorLibraryReviewProcess.KEY).list()
                    .stream().filter(i -> matches(search, i.getBusinessKey()))
                    .forEach(i -> found.put(i.getId(), new Label("规则库审核 " + i.getBusinessKey(), null)));
        }
        return found;
    }

    /** What one instance is about, or empty when it is outside the reader's scope. */
    public Optional<Label> visible(HistoricProcessInstance instance, CurrentUser me) {
        String key = instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
        String process = instance.getProcessDefinitionKey();
        if (ReportingProcess.UNIT_KEY.equals(process) && key.startsWith(REPORT_PREFIX)) {
            return report(key.substring(REPORT_PREFIX.length()))
                    .filter(r -> instance.getId().equals(r.processInstance())).map(this::reportLabel);
        }
        if (ReportingProcess.CYCLE_KEY.equals(process) && key.startsWith(CYCLE_PREFIX)) {
            Long id = number(key.substring(CYCLE_PREFIX.length()));
            return cycles.cycles(me).stream().filter(c -> c.id().equals(id) && me.scope().covers(c.regionPath()))
                    .findFirst().map(this::cycleLabel);
        }
        if (org.dualcarbon.monitoring.MonitoringAlarmProcess.KEY.equals(process) && key.startsWith(ALARM_PREFIX)) {
            Long id = number(key.substring(ALARM_PREFIX.length()));
            return id == null ? Optional.empty() : alarms.alarm(id)
                    .filter(a -> instance.getId().equals(a.processInstance())).map(this::alarmLabel);
        }
        if (FactorLibraryReviewProcess.KEY.equals(process)) {
            return Optional.of(new Label("规则库审核 " + key, null));
        }
        return Optional.empty();
    }

    private Optional<UnitReport> report(String id) {
        Long reportId = number(id);
        if (reportId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reports.report(reportId));
        } catch (NotFoundException outsideScopeOrGone) {
            return Optional.empty();
        }
    }

    private Label reportLabel(UnitReport r) {
        return new Label(r.unitCode() + " " + r.unitName() + " · " + r.enterpriseName(), r.year());
    }

    private Label alarmLabel(org.dualcarbon.monitoring.MonitoringAlarm a) {
        return new Label("监测报警 " + a.deviceMn() + " " + a.deviceName() + " · " + a.code() + " " + a.cause(), a.raisedAt().getYear());
    }

    private Label cycleLabel(ReportingCycle c) {
        return new Label("年度报送周期 " + c.year() + " " + c.regionName(), c.year());
    }

    private static boolean wants(ProcessSearch search, String key) {
        return search.process() == null || search.process().equals(key);
    }

    private static boolean matches(ProcessSearch search, String... texts) {
        if (search.unit() == null) {
            return true;
        }
        String q = search.unit().toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
