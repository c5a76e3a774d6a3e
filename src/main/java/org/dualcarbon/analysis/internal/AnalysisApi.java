package org.dualcarbon.analysis.internal;

import java.time.Year;
import org.dualcarbon.analysis.DecouplingAnalysis;
import org.dualcarbon.analysis.GdpFigure;
import org.dualcarbon.analysis.LmdiAnalysis;
import org.dualcarbon.analysis.SectorValueAdded;
import org.dualcarbon.analysis.RegionalStatistics;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the analyses: Tapio decoupling of a division over a period, the LMDI decomposition of its change between
 * two years, and the GDP and sector value-added statistics behind them. A division
 * outside the caller's scope answers 404; bad input 400 naming the field.
 */
@RestController
@RequestMapping("/api/analysis")
class AnalysisApi {

    private final DecouplingAnalysis decoupling;
    private final RegionalStatistics statistics;
    private final LmdiAnalysis lmdi;

    AnalysisApi(DecouplingAnalysis decoupling, RegionalStatistics statistics, LmdiAnalysis lmdi) {
        this.lmdi = lmdi;
        this.decoupling = decoupling;
        this.statistics = statistics;
    }

    @GetMapping("/decoupling")
    DecouplingAnalysis.Series decoupling(@RequestParam String region, @RequestParam(required = false) Integer from,
                                         @RequestParam(required = false) Integer to) {
        int last = to == null ? Year.now().getValue() - 1 : to;
        return decoupling.analyse(region, from == null ? last - 4 : from, last);
    }

    @GetMapping("/lmdi")
    LmdiAnalysis.Outcome lmdi(@RequestParam String region, @RequestParam(required = false) Integer from,
                              @RequestParam(required = false) Integer to) {
        int last = to == null ? Year.now().getValue() - 1 : to;
        return lmdi.analyse(region, from == null ? last - 1 : from, last);
    }

    @PostMapping("/statistics/value-added")
    @ResponseStatus(HttpStatus.CREATED)
    SectorValueAdded recordValueAdded(@AuthenticationPrincipal CurrentUser me, @RequestBody RegionalStatistics.ValueAddedForm form) {
        return statistics.record(form, me.getUsername());
    }

    @PostMapping("/statistics/gdp")
    @ResponseStatus(HttpStatus.CREATED)
    GdpFigure recordGdp(@AuthenticationPrincipal CurrentUser me, @RequestBody RegionalStatistics.GdpForm form) {
        return statistics.record(form, me.getUsername());
    }
}
