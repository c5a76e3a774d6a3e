package org.dualcarbon.emissions;

import java.util.HashMap;
import java.util.TreeMap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dualcarbon.accounting.AccountingEngine;
import org.dualcarbon.accounting.AccountingInput;
import org.dualcarbon.accounting.AccountingInputException;
import org.dualcarbon.accounting.AccountingResult;
import org.dualcarbon.accounting.FactorPlan;
import org.dualcarbon.accounting.ReportingStandard;
import org.dualcarbon.accounting.ResultLine;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.activity.UnitMonthRecord;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.emissions.internal.EmissionRunMapper;
import org.dualcarbon.emissions.internal.InputMapping;
import org.dualcarbon.emissions.internal.RunRow;
import org.dualcarbon.energy.ActivityItem;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorLibraryVersion;
import org.dualcarbon.factors.FactorLookup;
import org.dualcarbon.organization.EmissionUnit;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts an enterprise's units for a year from their activity data with the active factor-library versions
 * (fuel defaults GB/T 32151.22-2024 Annex C, then the GB/T 32150-2015 draft table; MEE/NBS electricity factors;
 * process and heat defaults; IPCC GWP in the set of the report's accounting standard; GB/T 2589 standard-coal
 * coefficients for the energy consumption of the same lines) and stores each unit's run with its lineage. A new
 * run supersedes the unit's previous one for that year; the old run and its figures stay.
 */
@Service
public class AnnualAccounting {

    static final List<String> FUEL_LIBRARIES = List.of("GBT32151.22-2024-C1", "GBT32150-2015-B");
    static final String ELECTRICITY_LIBRARY = "MEE-NBS-ELECTRICITY";
    static final String DEFAULTS_LIBRARY = "PROCESS-HEAT-DEFAULTS";
    static final String GWP_LIBRARY = "IPCC-GWP";
    static final String STANDARD_COAL_LIBRARY = "GBT2589-2020";
    static final String ETS_POWER_LIBRARY = "ETS-POWER-2021";

    private final EnterpriseService enterprises;
    private final EmissionUnitService units;
    private final ActivityQueries activity;
    private final ActivityItemCatalog items;
    private final FactorLibraries libraries;
    private final EmissionRunMapper runs;
    private final ObjectMapper json;
    private final RegionService regionService;
    private final ApplicationEventPublisher events;

    public AnnualAccounting(EnterpriseService enterprises, EmissionUnitService units, ActivityQueries activity,
                            ActivityItemCatalog items, FactorLibraries libraries, EmissionRunMapper runs, ObjectMapper json,
                            RegionService regionService, ApplicationEventPublisher events) {
        this.events = events;
        this.regionService = regionService;
        this.enterprises = enterprises;
        this.units = units;
        this.activity = activity;
        this.items = items;
        this.libraries = libraries;
        this.runs = runs;
        this.json = json;
    }

    /**
     * Accounts every unit of the enterprise for the year with the active libraries under the sector's default
     * accounting standard and stores the runs; all or nothing.
     */
    @PreAuthorize("hasAnyAuthority('ACTIVITY_SUBMIT', 'ORG_MANAGE')")
    @Transactional
    public List<AccountingRun> accountYear(long enterpriseId, int year, String user) {
        return accountYear(enterpriseId, year, null, user);
    }

    /** As {@link #accountYear(long, int, String)}, under a named accounting standard (null: the sector's default). */
    @PreAuthorize("hasAnyAuthority('ACTIVITY_SUBMIT', 'ORG_MANAGE')")
    @Transactional
    public List<AccountingRun> accountYear(long enterpriseId, int year, ReportingStandard standard, String user) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        Plan plan = plan(Map.of(), standard);
        for (UnitResult unit : compute(enterprise, year, plan, standard)) {
            store(unit, enterprise, year, plan.versions(), user);
        }
        return runs.current(enterpriseId, year);
    }

    /**
     * Accounts one unit for the year from its stored activity data and the per-item figures of its report form
     * (see {@link InputMapping#map(List, Map, Map)}), stores the run (superseding the unit's previous one) and
     * returns it. Used by the reporting cycle when a report is submitted.
     */
    @Transactional
    public AccountingRun accountUnit(long unitId, int year, Map<String, Map<String, BigDecimal>> extras, String user) {
        EmissionUnit unit = units.get(unitId);
        Enterprise enterprise = enterprises.get(unit.enterpriseId());
        Plan plan = plan(Map.of(), null);
        List<UnitMonthRecord> records = activity.ofUnit(unitId, year);
        if (records.isEmpty()) {
            throw new InvalidInputException("year", "该设施" + year + "年没有活动数据 / no activity data of the unit");
        }
        UnitResult result = compute(enterprise, year, plan, null, extras, List.of(unit), records).get(0);
        long runId = store(result, enterprise, year, plan.versions(), user);
        return run(runId);
    }

    /**
     * Recomputes a unit-year under other library versions (code → version; libraries not named keep their active
     * version) without storing anything, and sets each line beside the stored run's: both results and the
     * difference line by line.
     */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public RunComparison compare(long runId, Map<String, String> alternativeVersions) {
        AccountingRun stored = run(runId);
        Enterprise enterprise = enterprises.get(stored.enterpriseId());
        Plan plan = plan(alternativeVersions, stored.standard());
        UnitResult recomputed = compute(enterprise, stored.year(), plan, stored.standard()).stream()
                .filter(u -> u.unit().id().equals(stored.unitId())).findFirst()
                .orElseThrow(() -> new NotFoundException("activity data of unit", stored.unitId()));
        Map<String, AccountingRunLine> before = new LinkedHashMap<>();
        lines(runId).forEach(l -> before.put(l.lineId(), l));
        List<RunComparison.LineDifference> differences = new ArrayList<>();
        for (ResultLine after : recomputed.result().lines()) {
            AccountingRunLine old = before.remove(after.lineId());
            differences.add(new RunComparison.LineDifference(after.lineId(), old == null ? null : old.emission(),
                    after.emission(), old == null ? null : factorsOf(old.factors()), factorsOf(after.factors())));
        }
        before.values().forEach(old -> differences.add(new RunComparison.LineDifference(old.lineId(), old.emission(), null,
                factorsOf(old.factors()), null)));
        return new RunComparison(stored, plan.versions(), recomputed.result().total(), recomputed.result().totalMarketBased(),
                differences);
    }

    private record UnitResult(EmissionUnit unit, ReportingStandard standard, AccountingResult result,
                              List<String> notAccounted) {
    }

    private List<UnitResult> compute(Enterprise enterprise, int year, Plan plan, ReportingStandard chosen) {
        return compute(enterprise, year, plan, chosen, Map.of());
    }

    private List<UnitResult> compute(Enterprise enterprise, int year, Plan plan, ReportingStandard chosen,
                                     Map<String, Map<String, BigDecimal>> extras) {
        return compute(enterprise, year, plan, chosen, extras, units.ofEnterprise(enterprise.id()),
                activity.ofEnterprise(enterprise.id(), year));
    }

    private List<UnitResult> compute(Enterprise enterprise, int year, Plan plan, ReportingStandard chosen,
                                     Map<String, Map<String, BigDecimal>> extras, List<EmissionUnit> unitsToAccount,
                                     List<UnitMonthRecord> records) {
        if (records.isEmpty()) {
            throw new InvalidInputException("year", year + "年没有活动数据 / no activity data for " + year);
        }
        Map<String, String> kinds = items.all().stream().collect(Collectors.toMap(ActivityItem::code, i -> i.kind().name()));
        String province = enterprise.regionCode().substring(0, 2) + "0000";
        List<UnitResult> results = new ArrayList<>();
        for (EmissionUnit unit : unitsToAccount) {
            List<UnitMonthRecord> ofUnit = records.stream().filter(r -> r.unitId() == unit.id()).toList();
            if (ofUnit.isEmpty()) {
                continue;
            }
            InputMapping.Mapped mapped = InputMapping.map(ofUnit, kinds, extras);
            var sector = InputMapping.sectorOf(enterprise.sector());
            ReportingStandard standard = chosen != null ? chosen : ReportingStandard.defaultFor(sector);
            AccountingInput input = new AccountingInput(sector, province, year, standard, mapped.lines());
            try {
                results.add(new UnitResult(unit, standard, AccountingEngine.account(input, plan.factors()),
                        mapped.notAccounted()));
            } catch (AccountingInputException e) {
                throw new InvalidInputException("unit " + unit.code() + " / " + e.lineId(), e.getMessage());
            }
        }
        return results;
    }

    private static String factorsOf(List<Factor> factors) {
        return factors.stream().map(f -> f.name() + "=" + f.plainValue() + " (" + f.library() + "@" + f.version() + ")")
                .collect(Collectors.joining("; "));
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<AccountingRun> current(long enterpriseId, int year) {
        enterprises.get(enterpriseId);
        return runs.current(enterpriseId, year);
    }

    /** Emissions of the caller's scope (or the division or park path below it) for a year. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public EmissionTotals totals(int year, String regionPath) {
        return runs.totals(year, regionPath);
    }

    /**
     * The regional roll-up of the current runs below a division (null: the caller's whole scope) for a year, by the
     * divisions one level down, sector and energy type.
     */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public RegionalInventory inventory(int year, Region region) {
        String path = region == null ? null : region.path();
        Map<String, BigDecimal> byDivision = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, BigDecimal> bySector = new TreeMap<>();
        Map<String, BigDecimal> byEnergy = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> matrix = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(AccountingResult.SCALE);
        for (EmissionRunMapper.InventoryCell cell : runs.inventory(year, path)) {
            Region division = divisionBelow(region, cell.regionCode());
            names.put(division.code(), division.name());
            byDivision.merge(division.code(), cell.emission(), BigDecimal::add);
            bySector.merge(cell.sector() == null ? "OTHER" : cell.sector(), cell.emission(), BigDecimal::add);
            byEnergy.merge(cell.lineId(), cell.emission(), BigDecimal::add);
            matrix.computeIfAbsent(division.code(), k -> new TreeMap<>()).merge(cell.lineId(), cell.emission(), BigDecimal::add);
            total = total.add(cell.emission());
        }
        return new RegionalInventory(year, region == null ? null : region.code(), region == null ? null : region.name(),
                total, byDivision, names, bySector, byEnergy, List.copyOf(byEnergy.keySet()), matrix);
    }

    /**
     * The enterprises with the largest emissions of the year below a division (null: the caller's whole scope), from
     * their units' current runs, largest first.
     */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<EmitterTotal> topEmitters(int year, Region region, int limit) {
        return runs.topEmitters(year, region == null ? null : region.path(), limit);
    }

    /** When the newest current run of the year below a division was stored (null without runs). */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public LocalDateTime latestRunAt(int year, Region region) {
        return runs.latestRunAt(year, region == null ? null : region.path());
    }

    /** The division directly below {@code parent} that contains the enterprise's division (itself at the bottom). */
    private Region divisionBelow(Region parent, String regionCode) {
        Region own = regionService.find(regionCode).orElseThrow();
        if (parent == null) {
            return regionService.find(own.path().split("/")[1]).orElse(own);
        }
        String rest = own.path().substring(parent.path().length());
        if (rest.isEmpty()) {
            return own;
        }
        return regionService.find(rest.split("/")[0]).orElse(own);
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public AccountingRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("accounting run", runId));
    }

    /** The explained lines of a run. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<AccountingRunLine> lines(long runId) {
        run(runId);
        List<AccountingRunLine> lines = new ArrayList<>();
        for (EmissionRunMapper.LineRow row : runs.lines(runId)) {
            lines.add(new AccountingRunLine(row.lineId(), row.category(), row.gas(), row.formula(),
                    read(row.inputsJson(), new TypeReference<Map<String, String>>() { }),
                    read(row.factorsJson(), new TypeReference<List<Factor>>() { }),
                    row.activityData(), row.activityUnit(), row.emission(), row.marketBased(), row.energyTce()));
        }
        return lines;
    }

    private record Plan(FactorPlan factors, String versions) {
    }

    /**
     * The libraries of a run: the active version of each, unless another version is named for it. ETS power reports
     * read the power guideline's library first for fuels and only it for the grid factor.
     */
    private Plan plan(Map<String, String> chosenVersions, ReportingStandard standard) {
        boolean ets = standard != null && standard.etsPower();
        List<FactorLibraryVersion> used = new ArrayList<>();
        List<FactorLookup> fuels = new ArrayList<>();
        if (ets) {
            fuels.add(version(ETS_POWER_LIBRARY, chosenVersions, used));
        }
        for (String code : FUEL_LIBRARIES) {
            fuels.add(version(code, chosenVersions, used));
        }
        FactorPlan plan = new FactorPlan(fuels, ets ? List.of(fuels.get(0))
                : List.of(version(ELECTRICITY_LIBRARY, chosenVersions, used)),
                List.of(version(DEFAULTS_LIBRARY, chosenVersions, used)), List.of(version(GWP_LIBRARY, chosenVersions, used)),
                List.of(version(STANDARD_COAL_LIBRARY, chosenVersions, used)));
        return new Plan(plan, used.stream().map(FactorLibraryVersion::key).collect(Collectors.joining(", ")));
    }

    private FactorLookup version(String code, Map<String, String> chosenVersions, List<FactorLibraryVersion> used) {
        String chosen = chosenVersions.get(code);
        FactorLibraryVersion version = chosen != null && !chosen.isBlank() ? libraries.version(code, chosen)
                : libraries.active(code).orElseThrow(() -> new InvalidInputException("factors",
                        "因子库 " + code + " 没有启用的版本 / no active version"));
        used.add(version);
        return libraries.lookup(version.code(), version.version());
    }

    private long store(UnitResult accounted, Enterprise enterprise, int year, String versions, String user) {
        EmissionUnit unit = accounted.unit();
        AccountingResult result = accounted.result();
        List<String> notAccounted = accounted.notAccounted();
        runs.supersede(unit.id(), year);
        RunRow row = new RunRow(unit.id(), enterprise.id(), year, result.input().sector().name(), accounted.standard().name(),
                result.input().gwpSet().name(), versions, result.total(), result.totalMarketBased(), result.direct(),
                result.indirect(), result.energyTce(), notAccounted.isEmpty() ? null : String.join("; ", notAccounted), user,
                unit.scopePath());
        runs.insertRun(row);
        List<EmissionRunMapper.LineRow> lines = new ArrayList<>();
        for (ResultLine line : result.lines()) {
            lines.add(new EmissionRunMapper.LineRow(row.getId(), line.lineId(), line.category().name(), line.gas(),
                    line.formula(), write(line.inputs()), write(line.factors()), line.activityData(), line.activityUnit(),
                    line.emission(), line.marketBased(), line.energyTce(), unit.scopePath()));
        }
        if (!lines.isEmpty()) {
            runs.insertLines(lines);
        }
        // the result goes into the ledger in this transaction (and disappears with it on a rollback)
        events.publishEvent(new AccountingRunStored(row.getId(), user));
        return row.getId();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lineage could not be read", e);
        }
    }
}
