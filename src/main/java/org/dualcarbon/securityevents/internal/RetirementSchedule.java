package org.dualcarbon.securityevents.internal;

import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.securityevents.DataRetirement;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly retirement run ({@code dc.security-events.retirement-cron}, by default 03:00 Beijing time). */
@Component
class RetirementSchedule {

    private final DataRetirement retirement;
    private final ScopeContext scope;

    RetirementSchedule(DataRetirement retirement, ScopeContext scope) {
        this.retirement = retirement;
        this.scope = scope;
    }

    @Scheduled(cron = "${dc.security-events.retirement-cron:0 0 3 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        scope.asSystem((java.util.function.Supplier<?>) () -> retirement.run("platform", System.currentTimeMillis()));
    }
}
