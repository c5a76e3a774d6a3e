package org.dualcarbon.statistics.internal;

import java.util.List;
import org.dualcarbon.activity.ActivityYearReplaced;
import org.dualcarbon.demo.DemoDataLoaded;
import org.dualcarbon.emissions.AccountingRunStored;
import org.dualcarbon.factors.FactorLibraryActivated;
import org.dualcarbon.organization.EnterpriseUpdated;
import org.dualcarbon.reporting.ReportApproved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What changes the statistics, each in the transaction of the change: a run stored, a unit's activity year replaced,
 * a report approved (the approved share), an enterprise re-registered (its units move between nodes or sectors), the
 * demo data set loaded past the services, and new GB/T 2589 standard-coal coefficients (every energy figure, after the
 * activity items took the new values).
 */
@Component
class StatisticsTriggers {

    /** The factor library whose activation changes the activity items' standard-coal coefficients. */
    static final String STANDARD_COAL_LIBRARY = "GBT2589-2020";

    private final UnitYearSync sync;
    private final StatisticsRebuilder rebuild;

    StatisticsTriggers(UnitYearSync sync, StatisticsRebuilder rebuild) {
        this.sync = sync;
        this.rebuild = rebuild;
    }

    @EventListener
    void on(AccountingRunStored stored) {
        sync.syncRun(stored.runId());
    }

    @EventListener
    void on(ActivityYearReplaced replaced) {
        sync.sync(List.of(new StatCellMapper.UnitYear(replaced.unitId(), replaced.year())));
    }

    @EventListener
    void on(ReportApproved approved) {
        sync.syncReport(approved.reportId());
    }

    @EventListener
    void on(EnterpriseUpdated updated) {
        sync.syncEnterprise(updated.enterpriseId());
    }

    /** The demo data went straight into the tables: build the statistics from them. */
    @EventListener
    void on(DemoDataLoaded loaded) {
        rebuild.rebuildAll("platform", "演示数据已载入 / demo data loaded");
    }

    /** After the listeners of the activation (the activity items' coefficients) have run, before it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FactorLibraryActivated activated) {
        if (STANDARD_COAL_LIBRARY.equals(activated.code())) {
            rebuild.rebuildEnergy(activated.activatedBy(), "GB/T 2589 系数更新 " + activated.code() + "@" + activated.version());
        }
    }
}
