package org.dualcarbon.statistics;

import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.statistics.internal.StatisticsRebuilder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the statistics tables from accounting runs and activity data as a whole — after a restore, a bulk import
 * outside the platform, or to prove they agree with their sources. The system administrator names a reason; each
 * rebuild is recorded (stat_rebuild_run).
 */
@Service
public class StatisticsRebuild {

    private final StatisticsRebuilder rebuilder;

    public StatisticsRebuild(StatisticsRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PreAuthorize("hasAuthority('OPERATIONS')")
    public RebuildOutcome rebuild(String by, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw new InvalidInputException("reason", "请说明重建原因（不超过300字） / give a reason, at most 300 characters");
        }
        return rebuilder.rebuildAll(by, reason.strip());
    }
}
