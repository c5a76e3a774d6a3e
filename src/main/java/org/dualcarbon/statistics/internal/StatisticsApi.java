package org.dualcarbon.statistics.internal;

import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.statistics.RebuildOutcome;
import org.dualcarbon.statistics.StatisticsRebuild;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/statistics/rebuild?reason=… — the system administrator rebuilds the statistics tables from their sources. */
@RestController
@RequestMapping("/api/statistics")
class StatisticsApi {

    private final StatisticsRebuild rebuild;

    StatisticsApi(StatisticsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    RebuildOutcome rebuild(@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser me) {
        return rebuild.rebuild(me.getUsername(), reason);
    }
}
