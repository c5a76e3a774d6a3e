package org.dualcarbon.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.monitoring.ThresholdRow;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/** Runs rules/monitoring/reconciliation.drl over unit-months with the RECONCILE rows of the active threshold table. */
public final class ReconciliationCheck {

    private final KieBase rules = RuleBaseBuilder.reconciliation();

    /** Flags each figure that breaks its threshold (in place) and returns them. */
    public List<ReconciliationFigure> check(List<ReconciliationFigure> figures, List<ThresholdRow> thresholds) {
        StatelessKieSession session = rules.newStatelessKieSession();
        List<Object> facts = new ArrayList<>(thresholds.stream().map(AlarmThreshold::of).toList());
        facts.addAll(figures);
        session.execute(facts);
        return figures;
    }
}
