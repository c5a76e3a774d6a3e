package org.dualcarbon.analysis.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.analysis.DecouplingAnalysis;
import org.dualcarbon.analysis.RegionalStatistics;
import org.dualcarbon.common.web.ChartJson;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decoupling page: a division's emissions and GDP by year, Tapio's state for each year and the whole period. */
@Controller
class AnalysisPages {

    private final DecouplingAnalysis decoupling;
    private final RegionalStatistics statistics;
    private final RegionService regions;
    private final ChartJson charts;

    AnalysisPages(DecouplingAnalysis decoupling, RegionalStatistics statistics, RegionService regions, ChartJson charts) {
        this.decoupling = decoupling;
        this.statistics = statistics;
        this.regions = regions;
        this.charts = charts;
    }

    @GetMapping("/analysis/decoupling")
    String decoupling(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        return page(me, region, from, to, model, List.of());
    }

    /** Records a GDP figure for a division in the official's scope; the page again with the problems when refused. */
    @PostMapping("/analysis/statistics/gdp")
    String recordGdp(@AuthenticationPrincipal CurrentUser me, RegionalStatistics.GdpForm form, Model model) {
        try {
            statistics.record(form, me.getUsername());
            return "redirect:/analysis/decoupling?region=" + form.regionCode();
        } catch (InvalidInputException e) {
            model.addAttribute("gdpForm", form);
            return page(me, form.regionCode(), null, null, model, e.problems());
        }
    }

    private String page(CurrentUser me, String region, Integer from, Integer to, Model model, List<FieldProblem> problems) {
        String code = region != null && !region.isBlank() ? region : me.account().regionCode();
        int last = to == null ? Year.now().getValue() - 1 : to;
        int first = from == null ? last - 4 : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("problems", problems);
        if (code == null) {
            model.addAttribute("message", "请选择行政区划：脱钩分析针对地区（企业用户请查看本企业排放页） / choose a division");
            return "analysis/decoupling";
        }
        try {
            DecouplingAnalysis.Series series = decoupling.analyse(code, first, last);
            model.addAttribute("series", series);
            model.addAttribute("divisions", regions.children(series.region().code()));
            model.addAttribute("chart", chart(series));
        } catch (InvalidInputException e) {
            model.addAttribute("message", e.problems().get(0).reason());
        }
        return "analysis/decoupling";
    }

    private String chart(DecouplingAnalysis.Series series) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> elasticity = new ArrayList<>();
        for (DecouplingAnalysis.Period p : series.yearOnYear()) {
            if (p.result() != null && p.result().elasticity() != null) {
                labels.add(p.fromYear() + "→" + p.toYear());
                elasticity.add(p.result().elasticityRounded());
            }
        }
        return charts.write(new ChartJson.Chart("bar", labels, List.of(new ChartJson.Series("脱钩弹性 e", elasticity)), "e"));
    }
}
