package org.dualcarbon.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dualcarbon.monitoring.ThresholdRow;
import org.junit.jupiter.api.Test;

/** The monthly reconciliation rule with the shipped RECONCILE row (10 %, platform default) and a unit override. */
class ReconciliationCheckTest {

    @Test
    void aMonthMoreThanTenPercentFromTheAccountedFigureIsFlagged() {
        List<ThresholdRow> shipped = WarningThresholds.read(RuleBaseBuilder.shippedTable()).stream().map(AlarmThreshold::toRow).toList();
        ReconciliationFigure close = new ReconciliationFigure(1L, 1090, 1000.0);   // 9 %
        ReconciliationFigure far = new ReconciliationFigure(1L, 880, 1000.0);      // 12 %
        ReconciliationFigure none = new ReconciliationFigure(1L, 880, null);       // nothing accounted
        List<ThresholdRow> withUnit = new java.util.ArrayList<>(shipped);
        withUnit.add(new ThresholdRow("RECONCILE.U2", "RECONCILE", "a05001", "2", null, 15.0, 1, null, "test"));
        ReconciliationFigure unit2 = new ReconciliationFigure(2L, 880, 1000.0);    // 12 % < 15 %
        new ReconciliationCheck().check(List.of(close, far, none, unit2), withUnit);
        assertThat(close.getFlaggedBy()).isNull();
        assertThat(far.getFlaggedBy()).isEqualTo("RECONCILE.CO2");
        assertThat(far.getLimitPercent()).isEqualTo(10.0);
        assertThat(none.getFlaggedBy()).isNull();
        assertThat(unit2.getFlaggedBy()).isNull();
    }
}
