package org.dualcarbon.analysis.internal;

import java.time.Year;
import org.dualcarbon.analysis.DimensionAnalysis;
import org.dualcarbon.analysis.DimensionSummary;
import org.dualcarbon.analysis.EmissionRankings;
import org.dualcarbon.analysis.RankingDimension;
import org.dualcarbon.analysis.UnitRanking;
import org.dualcarbon.common.excel.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the rankings: the units ranked in the caller's scope, and the summary by a dimension. A division
 * outside the scope answers 404; an unknown sort key, direction or dimension 400 naming the parameter.
 */
@RestController
@RequestMapping("/api/analysis")
class RankingApi {

    private final EmissionRankings rankings;
    private final DimensionAnalysis dimensions;

    RankingApi(EmissionRankings rankings, DimensionAnalysis dimensions) {
        this.rankings = rankings;
        this.dimensions = dimensions;
    }

    /** The ranking and the summary of the year. */
    record Rankings(UnitRanking ranking, DimensionSummary summary) {
    }

    @GetMapping("/rankings")
    Rankings rankings(RankingParams params) {
        UnitRanking ranking = rankings.rank(params.query(defaultYear()));
        RankingDimension dimension = RankingDimension.parse(params.dimension(), "dimension");
        return new Rankings(ranking, dimensions.summarize(ranking.year(), rankings.division(params.region()), dimension));
    }

    @GetMapping(path = "/rankings", params = "format")
    ResponseEntity<byte[]> export(RankingParams params, @RequestParam String format) {
        UnitRanking ranking = rankings.rank(params.query(defaultYear()));
        return TableExport.download(RankingParams.format(format), ranking.year() + "年排放单位排名", RankingExports.table(ranking));
    }

    static int defaultYear() {
        return Year.now().getValue() - 1;
    }
}
