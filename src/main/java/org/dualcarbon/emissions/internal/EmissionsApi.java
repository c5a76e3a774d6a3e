package org.dualcarbon.emissions.internal;

import java.util.List;
import java.util.Map;
import org.dualcarbon.emissions.AccountingRun;
import org.dualcarbon.emissions.AccountingRunLine;
import org.dualcarbon.emissions.AnnualAccounting;
import org.dualcarbon.emissions.RunComparison;
import org.dualcarbon.emissions.RegionalInventory;
import org.dualcarbon.accounting.ReportingStandard;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounting runs over REST: account a year, read the current runs, explain a run line by line. */
@RestController
@RequestMapping("/api")
class EmissionsApi {

    private final AnnualAccounting accounting;
    private final RegionService regions;

    EmissionsApi(AnnualAccounting accounting, RegionService regions) {
        this.accounting = accounting;
        this.regions = regions;
    }

    @PostMapping("/enterprises/{id}/accounting")
    List<AccountingRun> account(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam int year,
                                @RequestParam(required = false) ReportingStandard standard) {
        return accounting.accountYear(id, year, standard, me.getUsername());
    }

    @GetMapping("/enterprises/{id}/accounting")
    List<AccountingRun> current(@PathVariable long id, @RequestParam int year) {
        return accounting.current(id, year);
    }

    /**
     * The run recomputed under other library versions, e.g. {@code ?MEE-NBS-ELECTRICITY=2026-01}: both results and
     * the difference line by line. Libraries not named keep their active version; nothing is stored.
     */
    @GetMapping("/accounting/runs/{runId}/compare")
    RunComparison compare(@PathVariable long runId, @RequestParam Map<String, String> versions) {
        return accounting.compare(runId, versions);
    }

    /** The regional roll-up of the current runs below a division ({@code region}, default the caller's scope). */
    @GetMapping("/emissions/inventory")
    RegionalInventory inventory(@RequestParam int year, @RequestParam(required = false) String region) {
        return accounting.inventory(year, region == null ? null
                : regions.find(region).orElseThrow(() -> new NotFoundException("region", region)));
    }

    /** A run with every line's inputs, factor rows (value, unit, source, status) and formula. */
    @GetMapping("/accounting/runs/{runId}")
    Map<String, Object> explain(@PathVariable long runId) {
        AccountingRun run = accounting.run(runId);
        List<AccountingRunLine> lines = accounting.lines(runId);
        return Map.of("run", run, "lines", lines);
    }
}
