package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.MonitoringAlarms;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.common.scope.ScopeContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Open alarms of the caller's scope, and a device's 1-minute means for its live chart (the page's script,
 * /js/monitoring-live.js, asks for them every minute; no inline script under the CSP).
 */
@Controller
class MonitoringAlarmPages {

    private final MonitoringAlarms alarms;
    private final MonitoringDevices devices;
    private final RollupMapper rollups;
    private final org.dualcarbon.monitoring.MonitoringReconciliation reconciliation;

    MonitoringAlarmPages(MonitoringAlarms alarms, MonitoringDevices devices, RollupMapper rollups,
                         org.dualcarbon.monitoring.MonitoringReconciliation reconciliation) {
        this.reconciliation = reconciliation;
        this.alarms = alarms;
        this.devices = devices;
        this.rollups = rollups;
    }

    @GetMapping("/monitoring/reconciliation")
    String reconciliation(@org.springframework.web.bind.annotation.RequestParam(required = false) String month, Model model) {
        java.time.YearMonth shown = month == null || month.isBlank()
                ? java.time.YearMonth.now(PayloadParsers.BEIJING).minusMonths(1) : java.time.YearMonth.parse(month);
        model.addAttribute("month", shown.toString());
        model.addAttribute("rows", reconciliation.month(shown));
        return "monitoring/reconciliation";
    }

    /** The hourly CO2 rows behind one unit's monthly measured figure. */
    @GetMapping("/monitoring/reconciliation/units/{unitId}")
    String reconciliationHours(@PathVariable long unitId, @org.springframework.web.bind.annotation.RequestParam String month,
                               Model model) {
        java.time.YearMonth shown = java.time.YearMonth.parse(month);
        List<org.dualcarbon.monitoring.rollup.Co2Hour> hours = reconciliation.hours(unitId, shown);
        model.addAttribute("month", shown.toString());
        model.addAttribute("unitId", unitId);
        model.addAttribute("hours", hours);
        model.addAttribute("validHours", hours.stream().filter(org.dualcarbon.monitoring.rollup.Co2Hour::valid).count());
        return "monitoring/reconciliation-hours";
    }

    @GetMapping("/monitoring/alarms")
    String alarms(Model model) {
        model.addAttribute("alarms", alarms.openAlarms());
        return "monitoring/alarms";
    }

    /** The last two hours of a device's minutes: codes → [[minute, mean], …] (invalid minutes as null). */
    @GetMapping("/monitoring/devices/{id}/minutes")
    @ResponseBody
    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    Map<String, Object> minutes(@PathVariable long id) {
        devices.device(id); // 404 outside the caller's scope
        LocalDateTime to = LocalDateTime.now(PayloadParsers.BEIJING).withSecond(0).withNano(0).plusMinutes(1);
        List<MinuteAggregate> minutes = rollups.minutes(id, to.minusHours(2), to);
        Map<String, List<Object[]>> series = new java.util.TreeMap<>();
        for (MinuteAggregate m : minutes) {
            series.computeIfAbsent(m.code(), c -> new java.util.ArrayList<>())
                    .add(new Object[] {m.minuteStart().toString().replace('T', ' '), m.mean()});
        }
        return Map.of("deviceId", id, "series", series);
    }
}
