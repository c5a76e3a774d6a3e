package org.dualcarbon.insight.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.insight.Benchmarking;
import org.dualcarbon.insight.EfficiencyEvaluation;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation page (divisions and enterprises scored, the 重点关注 list with reasons) and the 对标/诊断 page of an
 * enterprise. Bad input is a message on the page with its status.
 */
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
@Controller
class InsightPages {

    private final EfficiencyEvaluation evaluation;
    private final Benchmarking benchmarking;

    InsightPages(EfficiencyEvaluation evaluation, Benchmarking benchmarking) {
        this.evaluation = evaluation;
        this.benchmarking = benchmarking;
    }

    static int defaultYear() {
        return Year.now().getValue() - 1;
    }

    @GetMapping("/analysis/efficiency")
    String efficiency(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                      @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        String code = region == null || region.isBlank() ? me.account().regionCode() : region.trim();
        model.addAttribute("year", defaultYear());
        if (code == null) {
            model.addAttribute("message", "请选择行政区划 / choose a division");
            return "insight/efficiency";
        }
        return answer(model, response, "insight/efficiency", () -> {
            int y = InsightApi.year(year);
            model.addAttribute("year", y);
            model.addAttribute("evaluation", evaluation.evaluate(code, y));
        });
    }

    @GetMapping("/analysis/benchmarking")
    String benchmarking(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String enterprise,
                        @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        Long own = me.account().enterpriseId();
        model.addAttribute("year", defaultYear());
        if ((enterprise == null || enterprise.isBlank()) && own == null) {
            model.addAttribute("message", "请选择企业（从排名页进入，或填写企业编号） / choose an enterprise");
            return "insight/benchmarking";
        }
        return answer(model, response, "insight/benchmarking", () -> {
            int y = InsightApi.year(year);
            model.addAttribute("year", y);
            model.addAttribute("report", benchmarking.report(InsightApi.enterprise(enterprise, own), y));
        });
    }

    private static String answer(Model model, HttpServletResponse response, String view, Runnable work) {
        try {
            work.run();
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", "不存在或不在您的管辖范围内 / unknown or outside your scope");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", e.problems().get(0).field() + ": " + e.problems().get(0).reason());
        }
        return view;
    }
}
