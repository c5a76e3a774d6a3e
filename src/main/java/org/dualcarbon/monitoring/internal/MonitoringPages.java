package org.dualcarbon.monitoring.internal;

import java.time.LocalDateTime;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Devices with their status and last message, a device's latest readings, and the rejected messages. */
@Controller
class MonitoringPages {

    private final MonitoringDevices devices;

    MonitoringPages(MonitoringDevices devices) {
        this.devices = devices;
    }

    @GetMapping("/monitoring/devices")
    String devices(Model model) {
        model.addAttribute("devices", devices.devices());
        model.addAttribute("now", LocalDateTime.now(PayloadParsers.BEIJING));
        return "monitoring/devices";
    }

    @GetMapping("/monitoring/devices/{id}")
    String device(@PathVariable long id, Model model) {
        model.addAttribute("device", devices.device(id));
        model.addAttribute("readings", devices.latest(id, 200));
        model.addAttribute("now", LocalDateTime.now(PayloadParsers.BEIJING));
        return "monitoring/device";
    }

    @GetMapping("/monitoring/rejected")
    String rejected(Model model) {
        model.addAttribute("rejected", devices.rejected());
        return "monitoring/rejected";
    }
}
