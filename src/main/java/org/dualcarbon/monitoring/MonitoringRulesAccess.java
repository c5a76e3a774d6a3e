package org.dualcarbon.monitoring;

import java.util.List;

/** The thresholds of the running monitoring rules (the active table), for checks outside the stream session. */
public interface MonitoringRulesAccess {

    /** The rows of the active threshold table, in table order. */
    List<ThresholdRow> thresholds();
}
