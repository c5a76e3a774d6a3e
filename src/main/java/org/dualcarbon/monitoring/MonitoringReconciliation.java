package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.activity.UnitMonthRecord;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.monitoring.internal.MonitoringMapper;
import org.dualcarbon.monitoring.internal.ReconciliationCheck;
import org.dualcarbon.monitoring.internal.ReconciliationFigure;
import org.dualcarbon.monitoring.internal.RollupMapper;
import org.dualcarbon.monitoring.rollup.Co2Hour;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Monthly CEMS-measured CO2 per unit against the accounted emissions (org.dualcarbon.emissions): accounting runs are
 * per unit and year, so the month's accounted figure is the run's direct emissions × the month's share of the unit's
 * energy use (tce) that year — an apportionment, shown as such with the run and both tce figures; the measured figure
 * shows its valid hours against the hours possible, and its hours can be listed. The difference is checked by
 * rules/monitoring/reconciliation.drl. Direct emissions include non-CO2 gases and process CO2 that a stack CEMS may
 * not see, so a difference is a question to ask, not a finding.
 */
@Service
public class MonitoringReconciliation {

    private static final BigDecimal KG_PER_TONNE = new BigDecimal("1000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final RollupMapper rollups;
    private final MonitoringMapper devices;
    private final AnnualAccounting accounting;
    private final ActivityQueries activity;
    private final ReconciliationCheck check = new ReconciliationCheck();
    private final MonitoringRulesAccess rules;

    public MonitoringReconciliation(RollupMapper rollups, MonitoringMapper devices, AnnualAccounting accounting,
                                    ActivityQueries activity, MonitoringRulesAccess rules) {
        this.rollups = rollups;
        this.devices = devices;
        this.accounting = accounting;
        this.activity = activity;
        this.rules = rules;
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<UnitReconciliation> month(YearMonth month) {
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        Map<Long, AccountingRun> runs = currentRuns(month.getYear());
        Map<Long, Integer> cems = new HashMap<>();
        rollups.co2DevicesPerUnit(from, to).forEach(u -> cems.put(u.unitId(), u.devices()));
        int hoursInMonth = month.lengthOfMonth() * 24;
        List<UnitReconciliation> rows = new ArrayList<>();
        List<ReconciliationFigure> figures = new ArrayList<>();
        for (UnitCo2 m : rollups.monthlyUnitCo2(from, to)) {
            AccountingRun run = runs.get(m.unitId());
            UnitReconciliation.Apportionment share = run == null || run.direct() == null ? null : apportion(run, month);
            BigDecimal accounted = share == null || share.yearTce().signum() == 0 ? null
                    : share.runDirectTonnes().multiply(share.monthTce()).divide(share.yearTce(), 4, RoundingMode.HALF_UP);
            BigDecimal measured = m.co2Kg().divide(KG_PER_TONNE, 4, RoundingMode.HALF_UP);
            int expected = hoursInMonth * cems.getOrDefault(m.unitId(), 1);
            figures.add(new ReconciliationFigure(m.unitId(), measured.doubleValue(), accounted == null ? null : accounted.doubleValue()));
            rows.add(new UnitReconciliation(m.unitId(), run == null ? "#" + m.unitId() : run.unitName(), month, measured,
                    m.validHours(), expected, percent(BigDecimal.valueOf(m.validHours()), BigDecimal.valueOf(expected)),
                    accounted, accounted == null || accounted.signum() == 0 ? null
                    : percent(measured.subtract(accounted), accounted), null, null, share));
        }
        check.check(figures, rules.thresholds());
        List<UnitReconciliation> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            checked.add(rows.get(i).flagged(figures.get(i).getFlaggedBy(), figures.get(i).getLimitPercent()));
        }
        return checked;
    }

    /** The hourly CO2 rows behind a unit's monthly figure: every device-hour computed, valid or not. */
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<Co2Hour> hours(long unitId, YearMonth month) {
        return rollups.co2Hours(unitId, month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
    }

    private Map<Long, AccountingRun> currentRuns(int year) {
        Map<Long, AccountingRun> runs = new HashMap<>();
        // every enterprise with a unit-bound device: devices() stops at 1,000 rows, the units behind it would go unaccounted
        for (Long enterprise : devices.enterprisesWithUnitDevices()) {
            accounting.current(enterprise, year).forEach(r -> runs.put(r.unitId(), r));
        }
        return runs;
    }

    private UnitReconciliation.Apportionment apportion(AccountingRun run, YearMonth month) {
        BigDecimal year = BigDecimal.ZERO;
        BigDecimal inMonth = BigDecimal.ZERO;
        for (UnitMonthRecord r : activity.ofUnit(run.unitId(), month.getYear())) {
            if (r.tce() != null) {
                year = year.add(r.tce());
                inMonth = r.month() == month.getMonthValue() ? inMonth.add(r.tce()) : inMonth;
            }
        }
        return new UnitReconciliation.Apportionment(run.id(), run.direct(), inMonth, year);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
