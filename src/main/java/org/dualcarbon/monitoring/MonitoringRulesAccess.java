package org.dualcarbon.monitoring;

import java.util.List;
import org.dualcarbon.monitoring.internal.AlarmThreshold;

/** The thresholds of the running monitoring rules (the active table), for checks outside the stream session. */
public interface MonitoringRulesAccess {

    List<AlarmThreshold> thresholds();
}
