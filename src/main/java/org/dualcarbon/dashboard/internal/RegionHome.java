package org.dualcarbon.dashboard.internal;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Role;
import org.dualcarbon.statistics.EmissionStatistics;
import org.dualcarbon.statistics.EnergyStatistics;
import org.dualcarbon.workflow.TaskCounter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The home of officials, park managers and auditors: activity and energy for the jurisdiction (or a division
 * below it, chosen by drill-down), its trend, structure, sectors and largest consumers — all read from the statistics
 * tables, never from activity records or runs.
 */
@Component
class RegionHome {

    private static final int YEARS_SHOWN = 5;

    private final EnergyStatistics activity;
    private final RegionService regions;
    private final TaskCounter tasks;
    private final ChartLabels charts;
    private final EmissionStatistics emissions;

    RegionHome(EnergyStatistics activity, RegionService regions, TaskCounter tasks, ChartLabels charts,
               EmissionStatistics emissions) {
        this.emissions = emissions;
        this.activity = activity;
        this.regions = regions;
        this.tasks = tasks;
        this.charts = charts;
    }

    String fill(CurrentUser me, String regionCode, Integer requestedYear, Model model) {
        Optional<Region> selected = selectedRegion(me, regionCode);
        String narrow = selected.map(Region::path).orElse(null);
        int year = requestedYear != null ? requestedYear : activity.latestYear().orElse(java.time.Year.now().getValue() - 1);
        List<MonthlyEnergy> months = activity.monthly(year - YEARS_SHOWN + 1, year, narrow);

        model.addAttribute("scopeName", selected.map(Region::name).orElse(me.organizationName()));
        model.addAttribute("selectedRegion", selected.orElse(null));
        model.addAttribute("drilldown", drilldownChoices(me, selected));
        model.addAttribute("year", year);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(year - YEARS_SHOWN + 1, year).boxed().toList());
        model.addAttribute("totals", activity.totals(year, narrow));
        model.addAttribute("emissions", emissions.totals(year, narrow));
        model.addAttribute("approval", emissions.approval(year, narrow));
        model.addAttribute("hasData", !months.isEmpty());
        model.addAttribute("monthlyChart", charts.monthlyLine(months, charts.message("home.energy")));
        model.addAttribute("groupChart", charts.sharesPie(activity.byEnergyGroup(year, narrow), "energyGroup."));
        model.addAttribute("sectorChart", charts.sharesBar(activity.bySector(year, narrow), "sector.",
                charts.message("home.energy")));
        model.addAttribute("top", activity.topEnterprises(year, 10, narrow));
        model.addAttribute("taskCount", me.role() == Role.AUDITOR ? null : tasks.openTasksOf(me.getUsername()));
        return "dashboard/region-home";
    }

    /** A division chosen for drill-down must lie inside the user's scope; others read as not found. */
    private Optional<Region> selectedRegion(CurrentUser me, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return Optional.empty();
        }
        Region region = regions.find(regionCode).orElseThrow(() -> new NotFoundException("region", regionCode));
        if (!me.scope().covers(region.path())) {
            throw new NotFoundException("region", regionCode);
        }
        return Optional.of(region);
    }

    private List<Region> drilldownChoices(CurrentUser me, Optional<Region> selected) {
        String parent = selected.map(Region::code).orElse(me.account().regionCode());
        if (parent == null || me.role() == Role.PARK_MANAGER) {
            return List.of();
        }
        return regions.children(parent);
    }
}
