package org.dualcarbon.analysis.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.analysis.LmdiAnalysis;
import org.dualcarbon.analysis.LmdiDecomposition;
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

/**
 * The decomposition page: a division's emission change between two years split into activity, structure, intensity
 * and energy mix (additive as a waterfall, multiplicative as factors), its sector inputs, and the value-added form.
 */
@Controller
class LmdiPages {

    private final LmdiAnalysis lmdi;
    private final RegionalStatistics statistics;
    private final RegionService regions;
    private final ChartJson charts;

    LmdiPages(LmdiAnalysis lmdi, RegionalStatistics statistics, RegionService regions, ChartJson charts) {
        this.lmdi = lmdi;
        this.statistics = statistics;
        this.regions = regions;
        this.charts = charts;
    }

    @GetMapping("/analysis/lmdi")
    String lmdi(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        return page(me, region, from, to, model, List.of());
    }

    /** Records a sector's value added for a division in the official's scope; the page again with the problems when refused. */
    @PostMapping("/analysis/statistics/value-added")
    String recordValueAdded(@AuthenticationPrincipal CurrentUser me, RegionalStatistics.ValueAddedForm form, Model model) {
        try {
            statistics.record(form, me.getUsername());
            return "redirect:/analysis/lmdi?region=" + form.regionCode();
        } catch (InvalidInputException e) {
            model.addAttribute("valueAddedForm", form);
            return page(me, form.regionCode(), null, null, model, e.problems());
        }
    }

    private String page(CurrentUser me, String region, Integer from, Integer to, Model model, List<FieldProblem> problems) {
        String code = region != null && !region.isBlank() ? region : me.account().regionCode();
        int last = to == null ? Year.now().getValue() - 1 : to;
        int first = from == null ? last - 1 : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("problems", problems);
        model.addAttribute("sectors", RegionalStatistics.SECTORS);
        if (code == null) {
            model.addAttribute("message", "请选择行政区划：因素分解针对地区 / choose a division");
            return "analysis/lmdi";
        }
        try {
            LmdiAnalysis.Outcome outcome = lmdi.analyse(code, first, last);
            model.addAttribute("outcome", outcome);
            model.addAttribute("divisions", regions.children(outcome.region().code()));
            if (outcome.result() != null) {
                model.addAttribute("waterfall", waterfall(outcome));
                model.addAttribute("effects", effects(outcome.result()));
            } else {
                model.addAttribute("message", outcome.missing());
            }
        } catch (InvalidInputException e) {
            model.addAttribute("message", e.problems().get(0).reason());
        }
        return "analysis/lmdi";
    }

    /** One driver: its additive effect (t CO2e, 4 decimals), multiplicative factor (6 decimals) and names. */
    public record EffectRow(String key, String chinese, String english, BigDecimal additive, BigDecimal multiplicative) {
    }

    private static List<EffectRow> effects(LmdiDecomposition.Result result) {
        List<EffectRow> rows = new ArrayList<>();
        for (LmdiDecomposition.Effect effect : LmdiDecomposition.Effect.values()) {
            rows.add(new EffectRow(effect.name(), effect.chinese(), effect.english(), round(result.additive().get(effect), 4),
                    round(result.multiplicative().get(effect), 6)));
        }
        return rows;
    }

    private String waterfall(LmdiAnalysis.Outcome outcome) {
        LmdiDecomposition.Result result = outcome.result();
        List<String> labels = new ArrayList<>(List.of(outcome.fromYear() + "年排放"));
        List<BigDecimal> values = new ArrayList<>(List.of(round(result.emissions0(), 4)));
        for (LmdiDecomposition.Effect effect : LmdiDecomposition.Effect.values()) {
            labels.add(effect.chinese());
            values.add(round(result.additive().get(effect), 4));
        }
        labels.add(outcome.toYear() + "年排放");
        values.add(round(result.emissionsT(), 4));
        return charts.write(new ChartJson.Chart("waterfall", labels, List.of(new ChartJson.Series("ΔC", values)), "tCO2e"));
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
