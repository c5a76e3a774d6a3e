package org.dualcarbon.analysis.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import org.dualcarbon.analysis.DimensionAnalysis;
import org.dualcarbon.analysis.DimensionSummary;
import org.dualcarbon.analysis.EmissionRankings;
import org.dualcarbon.analysis.RankingDimension;
import org.dualcarbon.analysis.RankingKey;
import org.dualcarbon.analysis.UnitRanking;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.ChartJson;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rankings page: the units of the caller's scope ranked for a year, and a summary by region, industry or energy
 * type with a bar chart. Bad input is shown as a message on the page with the status it answers with.
 */
@Controller
class RankingPages {

    private final EmissionRankings rankings;
    private final DimensionAnalysis dimensions;
    private final RegionService regions;
    private final ChartJson charts;

    RankingPages(EmissionRankings rankings, DimensionAnalysis dimensions, RegionService regions, ChartJson charts) {
        this.rankings = rankings;
        this.dimensions = dimensions;
        this.regions = regions;
        this.charts = charts;
    }

    @GetMapping("/analysis/rankings")
    String rankings(@AuthenticationPrincipal CurrentUser me, RankingParams params, Model model, HttpServletResponse response) {
        RankingParams own = withOwnRegion(me, params);
        model.addAttribute("params", own);
        model.addAttribute("year", own.year() == null ? RankingApi.defaultYear() : own.year());
        model.addAttribute("sortKeys", List.of(RankingKey.values()));
        model.addAttribute("dimensions", List.of(RankingDimension.values()));
        try {
            UnitRanking ranking = rankings.rank(own.query(RankingApi.defaultYear()));
            DimensionSummary summary = dimensions.summarize(ranking.year(), rankings.division(own.region()),
                    RankingDimension.parse(own.dimension(), "dimension"));
            model.addAttribute("ranking", ranking);
            model.addAttribute("summary", summary);
            model.addAttribute("chart", chart(summary));
            if (own.region() != null) {
                model.addAttribute("divisions", regions.children(own.region()));
            }
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", "行政区划" + own.region() + "不存在或不在管辖范围内 / unknown region");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", e.problems().get(0).field() + ": " + e.problems().get(0).reason());
        }
        return "analysis/rankings";
    }

    @GetMapping(path = "/analysis/rankings", params = "format")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, RankingParams params, @RequestParam String format) {
        UnitRanking ranking = rankings.rank(withOwnRegion(me, params).query(RankingApi.defaultYear()));
        return TableExport.download(RankingParams.format(format), ranking.year() + "年排放单位排名", RankingExports.table(ranking));
    }

    /** An official without a chosen division sees their own; enterprise users their whole scope. */
    private static RankingParams withOwnRegion(CurrentUser me, RankingParams p) {
        if (p.region() != null && !p.region().isBlank()) {
            return p;
        }
        return new RankingParams(p.year(), me.account().regionCode(), p.industry(), p.energyType(), p.sort(), p.dir(),
                p.dimension());
    }

    private String chart(DimensionSummary summary) {
        List<String> labels = summary.parts().stream().map(DimensionSummary.Part::label).toList();
        List<BigDecimal> values = summary.parts().stream().map(DimensionSummary.Part::total).toList();
        return charts.write(new ChartJson.Chart("bar", labels, List.of(new ChartJson.Series("排放量 tCO2e", values)), "tCO2e"));
    }
}
