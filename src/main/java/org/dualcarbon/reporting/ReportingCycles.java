package org.dualcarbon.reporting;

import java.util.HashMap;
import java.util.Optional;
import java.util.TreeMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.reporting.internal.ReportingMapper;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.dualcarbon.workflow.EngineGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches reporting cycles and opens the units' reports in batches (the launch process calls {@link #prepare}
 * and {@link #startBatch}); a cycle per year and division, a report per active emission unit below it.
 */
@Service
public class ReportingCycles {

    /** Days before the deadline when the filler is reminded. */
    static final int REMINDER_DAYS = 7;

    private final ReportingMapper store;
    private final RegionService regions;
    private final RuntimeService runtime;
    private final ScopeContext scope;

    public ReportingCycles(ReportingMapper store, RegionService regions, RuntimeService runtime, ScopeContext scope) {
        this.store = store;
        this.regions = regions;
        this.runtime = runtime;
        this.scope = scope;
    }

    /** Launches the cycle of a year for a division in the official's jurisdiction; refused whole if anything is off. */
    @Transactional
    public ReportingCycle launch(int year, String regionCode, LocalDate deadline, CurrentUser me) {
        me.require(Permission.REPORT_LAUNCH);
        Region region = regionCode == null ? null : regions.find(regionCode).orElse(null);
        if (region != null && !me.scope().covers(region.path())) {
            throw new InvalidInputException("regionCode", "该地区不在您的管辖范围内 / outside your jurisdiction");
        }
        return launch(year, regionCode, region, deadline, me.getUsername());
    }

    /**
     * The yearly timer's launch: the year before, for the configured division (nothing when none is configured or
     * the cycle was already launched by hand), recorded as launched by the scheduler.
     */
    @Transactional
    public Optional<ReportingCycle> launchScheduled(LocalDate today, ReportingProperties properties) {
        String regionCode = properties.scheduledRegion();
        int year = today.getYear() - 1;
        if (regionCode == null || regionCode.isBlank()
                || store.cycles(year).stream().anyMatch(c -> c.regionCode().equals(regionCode))) {
            return Optional.empty();
        }
        return Optional.of(scope.asSystem(() -> launch(year, regionCode, regions.find(regionCode).orElse(null),
                today.plusDays(properties.deadlineDays()), "scheduler")));
    }

    private ReportingCycle launch(int year, String regionCode, Region region, LocalDate deadline, String launchedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (region == null) {
            problems.add(new FieldProblem("regionCode", "行政区划代码不存在 / unknown division code"));
        }
        int thisYear = LocalDate.now().getYear();
        if (year < 2005 || year >= thisYear + 1) {
            problems.add(new FieldProblem("year", "报告年度须为已过去或当前的年份 / a past or the current year"));
        }
        if (deadline == null || !deadline.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("deadline", "截止日期须晚于今天 / must be after today"));
        }
        if (region != null && store.cycles(year).stream().anyMatch(c -> c.regionCode().equals(regionCode))) {
            problems.add(new FieldProblem("year", year + "年度该地区的报告周期已发起 / already launched for this division"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime due = deadline.atTime(LocalTime.of(23, 59, 59));
        ReportingMapper.CycleRow row = new ReportingMapper.CycleRow(year, regionCode, due, due.minusDays(REMINDER_DAYS),
                launchedBy);
        store.insertCycle(row);
        runtime.startProcessInstanceByKey(ReportingProcess.CYCLE_KEY, "cycle-" + row.getId(),
                Map.of(ReportingProcess.VAR_CYCLE_ID, row.getId()));
        return cycle(row.getId());
    }

    public ReportingCycle cycle(long id) {
        return store.findCycle(id).orElseThrow(() -> new NotFoundException("reporting cycle", id));
    }

    /** The cycles of the official's divisions (and the ones above that cover them). */
    public List<ReportingCycle> cycles(CurrentUser me) {
        return store.cycles(null).stream().filter(c -> me.scope().covers(c.regionPath())
                || me.scope().prefixes().stream().anyMatch(p -> p.startsWith(c.regionPath()))).toList();
    }

    /** Progress of the year's reports in the caller's scope (or below a division path). */
    public ReportProgress progress(int year, String regionPath) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Map<String, Long>> byCity = new TreeMap<>();
        Map<String, String> cityNames = new HashMap<>();
        long total = 0;
        long overdue = 0;
        for (ReportingMapper.ProgressCell cell : store.progressByRegion(year, regionPath)) {
            String city = cell.dimension().substring(0, 4) + "00";
            cityNames.computeIfAbsent(city, c -> regions.find(c).map(Region::name).orElse(c));
            byCity.computeIfAbsent(city, c -> new TreeMap<>()).merge(cell.status(), cell.reports(), Long::sum);
            byStatus.merge(cell.status(), cell.reports(), Long::sum);
            total += cell.reports();
            overdue += cell.overdue() ? cell.reports() : 0;
        }
        Map<String, Map<String, Long>> bySector = new TreeMap<>();
        for (ReportingMapper.ProgressCell cell : store.progressBySector(year, regionPath)) {
            bySector.computeIfAbsent(String.valueOf(cell.dimension()), c -> new TreeMap<>())
                    .merge(cell.status(), cell.reports(), Long::sum);
        }
        long flagged = store.reports(year, regionPath, null, null, null, true).size();
        return new ReportProgress(year, total, byStatus, overdue, flagged, cityNames, byCity, bySector);
    }

    /** Opens a report per active unit below the cycle's division; returns how many batches will start them. */
    @Transactional
    public int prepare(long cycleId) {
        return scope.asSystem(() -> {
            ReportingCycle cycle = cycle(cycleId);
            List<ReportingMapper.ReportRow> rows = store.unitsBelow(cycle.regionPath()).stream()
                    .map(u -> new ReportingMapper.ReportRow(cycleId, u.unitId(), u.enterpriseId(), cycle.year(), u.scopePath()))
                    .toList();
            for (int from = 0; from < rows.size(); from += ReportingProcess.BATCH_SIZE) {
                store.insertReports(rows.subList(from, Math.min(rows.size(), from + ReportingProcess.BATCH_SIZE)));
            }
            store.updateUnitCount(cycleId, rows.size());
            return (rows.size() + ReportingProcess.BATCH_SIZE - 1) / ReportingProcess.BATCH_SIZE;
        });
    }

    /** Starts the unit processes of one batch of the cycle's reports. */
    @Transactional
    public void startBatch(long cycleId, int batchIndex) {
        scope.asSystem(() -> {
            ReportingCycle cycle = cycle(cycleId);
            List<Long> ids = store.reportIdsOfCycle(cycleId, batchIndex * ReportingProcess.BATCH_SIZE, ReportingProcess.BATCH_SIZE);
            for (long reportId : ids) {
                UnitReport report = store.findReport(reportId).orElseThrow();
                if (report.processInstance() != null) {
                    continue; // started by an earlier attempt of this batch
                }
                String instance = runtime.startProcessInstanceByKey(ReportingProcess.UNIT_KEY, "report-" + reportId, Map.of(
                        ReportingProcess.VAR_REPORT_ID, reportId,
                        ReportingProcess.VAR_UNIT_ID, report.unitId(),
                        ReportingProcess.VAR_YEAR, cycle.year(),
                        ReportingProcess.VAR_ENTERPRISE_GROUP, EngineGroups.enterprise(report.uscc()),
                        ReportingProcess.VAR_REGION_GROUP, EngineGroups.region(cycle.regionCode()),
                        ReportingProcess.VAR_REMINDER_AT, cycle.reminderAt().toString(),
                        ReportingProcess.VAR_DEADLINE, cycle.deadline().toString())).getId();
                store.setProcessInstance(reportId, instance);
            }
        });
    }
}
