package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Monthly CEMS-measured CO2 per unit against the accounted emissions (org.dualcarbon.emissions): accounting runs are
 * per unit and year, so the month's accounted figure is the run's direct emissions × the month's share of the unit's
 * energy use (tce) that year — an apportionment, shown as such; the difference is checked by
 * rules/monitoring/reconciliation.drl. Direct emissions include non-CO2 gases and process CO2 that a stack CEMS may
 * not see, so a difference is a question to ask, not a finding.
 */
@Service
public class MonitoringReconciliation {

    private static final BigDecimal KG_PER_TONNE = new BigDecimal("1000");

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
        List<UnitCo2> measured = rollups.monthlyUnitCo2(month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
        Map<Long, Long> enterpriseOfUnit = new HashMap<>();
        devices.devices().forEach(d -> {
            if (d.unitId() != null) {
                enterpriseOfUnit.put(d.unitId(), d.enterpriseId());
            }
        });
        Map<Long, AccountingRun> runs = new HashMap<>();
        for (Long enterprise : new java.util.HashSet<>(enterpriseOfUnit.values())) {
            accounting.current(enterprise, month.getYear()).forEach(r -> runs.put(r.unitId(), r));
        }
        List<UnitReconciliation> rows = new ArrayList<>();
        List<ReconciliationFigure> figures = new ArrayList<>();
        for (UnitCo2 m : measured) {
            AccountingRun run = runs.get(m.unitId());
            BigDecimal tonnes = m.co2Kg().divide(KG_PER_TONNE, 4, RoundingMode.HALF_UP);
            BigDecimal accounted = run == null || run.direct() == null ? null : monthShare(run, month);
            ReconciliationFigure figure = new ReconciliationFigure(m.unitId(), tonnes.doubleValue(),
                    accounted == null ? null : accounted.doubleValue());
            figures.add(figure);
            rows.add(new UnitReconciliation(m.unitId(), run == null ? "#" + m.unitId() : run.unitName(), month, tonnes,
                    m.validHours(), accounted, accounted == null || accounted.signum() == 0 ? null
                    : tonnes.subtract(accounted).multiply(new BigDecimal("100")).divide(accounted, 2, RoundingMode.HALF_UP),
                    null, null));
        }
        check.check(figures, rules.thresholds());
        List<UnitReconciliation> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitReconciliation r = rows.get(i);
            checked.add(new UnitReconciliation(r.unitId(), r.unitName(), r.month(), r.measuredTonnes(), r.validHours(),
                    r.accountedTonnes(), r.differencePercent(), figures.get(i).getFlaggedBy(), figures.get(i).getLimitPercent()));
        }
        return checked;
    }

    private BigDecimal monthShare(AccountingRun run, YearMonth month) {
        BigDecimal year = BigDecimal.ZERO;
        BigDecimal inMonth = BigDecimal.ZERO;
        for (UnitMonthRecord r : activity.ofUnit(run.unitId(), month.getYear())) {
            if (r.tce() != null) {
                year = year.add(r.tce());
                inMonth = r.month() == month.getMonthValue() ? inMonth.add(r.tce()) : inMonth;
            }
        }
        if (year.signum() == 0) {
            return null; // no energy figures to apportion by: not compared
        }
        return run.direct().multiply(inMonth).divide(year, 4, RoundingMode.HALF_UP);
    }
}
