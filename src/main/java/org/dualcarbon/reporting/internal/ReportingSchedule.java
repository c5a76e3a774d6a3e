package org.dualcarbon.reporting.internal;

import org.dualcarbon.reporting.ReportingProperties;
import org.springframework.stereotype.Component;

/** Read by the timer of processes/reporting/scheduled-reporting-launch.bpmn ({@code ${reportingSchedule.schedule}}). */
@Component("reportingSchedule")
public class ReportingSchedule {

    private final ReportingProperties properties;

    ReportingSchedule(ReportingProperties properties) {
        this.properties = properties;
    }

    public String getSchedule() {
        return properties.schedule();
    }
}
