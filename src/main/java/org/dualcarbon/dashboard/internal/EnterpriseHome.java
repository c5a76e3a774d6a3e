package org.dualcarbon.dashboard.internal;

import java.util.List;
import org.dualcarbon.activity.ActivityQueries;
import org.dualcarbon.activity.MonthlyEnergy;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseQuery;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.workflow.TaskCounter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The home of enterprise users: their enterprise (or, for a group manager, each subsidiary), its emission units,
 * the latest month's figures and the monthly energy trend.
 */
@Component
class EnterpriseHome {

    private static final int YEARS_SHOWN = 5;

    private final EnterpriseService enterprises;
    private final EmissionUnitService units;
    private final ActivityQueries activity;
    private final TaskCounter tasks;
    private final ChartLabels charts;
    private final AnnualAccounting emissions;

    EnterpriseHome(AnnualAccounting emissions, EnterpriseService enterprises, EmissionUnitService units, ActivityQueries activity,
                   TaskCounter tasks, ChartLabels charts) {
        this.enterprises = enterprises;
        this.units = units;
        this.activity = activity;
        this.tasks = tasks;
        this.charts = charts;
        this.emissions = emissions;
    }

    String fill(CurrentUser me, Integer requestedYear, Model model) {
        List<Enterprise> mine = enterprises.list(EnterpriseQuery.all()).items();
        int year = requestedYear != null ? requestedYear : activity.latestYear().orElse(java.time.Year.now().getValue() - 1);
        model.addAttribute("enterprises", mine);
        model.addAttribute("year", year);
        model.addAttribute("taskCount", tasks.openTasksOf(me.getUsername()));
        if (mine.size() == 1) {
            Enterprise enterprise = mine.get(0);
            List<MonthlyEnergy> months = activity.monthlyOfEnterprise(enterprise.id(), year - YEARS_SHOWN + 1, year);
            model.addAttribute("enterprise", enterprise);
            model.addAttribute("units", units.ofEnterprise(enterprise.id()));
            model.addAttribute("latest", activity.latestOfEnterprise(enterprise.id()));
            model.addAttribute("monthlyChart", charts.monthlyLine(months, charts.message("home.energy")));
            model.addAttribute("totals", activity.totals(year, enterprise.scopePath()));
            model.addAttribute("emissions", emissions.totals(year, enterprise.scopePath()));
        } else {
            model.addAttribute("totals", activity.totals(year, null));
            model.addAttribute("emissions", emissions.totals(year, null));
            model.addAttribute("monthlyChart", charts.monthlyLine(
                    activity.monthly(year - YEARS_SHOWN + 1, year, null), charts.message("home.energy")));
            model.addAttribute("top", activity.topEnterprises(year, 50, null));
        }
        return "dashboard/enterprise-home";
    }
}
