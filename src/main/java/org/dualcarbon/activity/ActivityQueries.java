package org.dualcarbon.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.activity.internal.ActivityMapper;
import org.dualcarbon.energy.StandardCoal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Energy figures summed from activity data within the caller's scope. tce = Σ quantity × GB/T 2589
 * coefficient, summed exactly and rounded once to {@link StandardCoal#SCALE} decimals.
 */
@Service
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
public class ActivityQueries {

    private final ActivityMapper activity;

    public ActivityQueries(ActivityMapper activity) {
        this.activity = activity;
    }

    /** The latest year with data in the scope, if any. */
    public Optional<Integer> latestYear() {
        return Optional.ofNullable(activity.latestYear());
    }

    public ScopeTotals totals(int year, String regionPath) {
        return new ScopeTotals(year, activity.countEnterprises(regionPath), activity.countUnits(regionPath),
                activity.countEtsEmitters(regionPath), round(activity.energyOfYear(year, regionPath)),
                round(activity.energyOfYear(year - 1, regionPath)));
    }

    public List<MonthlyEnergy> monthly(int fromYear, int toYear, String regionPath) {
        return activity.monthlyEnergy(fromYear, toYear, regionPath).stream()
                .map(m -> new MonthlyEnergy(m.year(), m.month(), round(m.tce()))).toList();
    }

    public List<EnergyShare> byEnergyGroup(int year, String regionPath) {
        return rounded(activity.energyByGroup(year, regionPath));
    }

    public List<EnergyShare> bySector(int year, String regionPath) {
        return rounded(activity.energyBySector(year, regionPath));
    }

    public List<EnergyShare> topEnterprises(int year, int limit, String regionPath) {
        return rounded(activity.topEnterprises(year, Math.max(1, Math.min(limit, 100)), regionPath));
    }

    /** The most recent month's figures of every unit of an enterprise. */
    public List<UnitMonthRecord> latestOfEnterprise(long enterpriseId) {
        return activity.latestOfEnterprise(enterpriseId);
    }

    public List<UnitMonthRecord> ofUnit(long unitId, int year) {
        return activity.ofUnit(unitId, year);
    }

    public List<UnitMonthRecord> ofEnterprise(long enterpriseId, int year) {
        return activity.ofEnterprise(enterpriseId, year);
    }

    public List<MonthlyEnergy> monthlyOfEnterprise(long enterpriseId, int fromYear, int toYear) {
        return activity.monthlyEnergyOfEnterprise(enterpriseId, fromYear, toYear).stream()
                .map(m -> new MonthlyEnergy(m.year(), m.month(), round(m.tce()))).toList();
    }

    private static List<EnergyShare> rounded(List<EnergyShare> shares) {
        return shares.stream().map(s -> new EnergyShare(s.key(), s.label(), round(s.tce()))).toList();
    }

    private static BigDecimal round(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(StandardCoal.SCALE, RoundingMode.HALF_UP);
    }
}
