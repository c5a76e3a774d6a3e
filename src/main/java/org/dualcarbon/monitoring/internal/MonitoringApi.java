package org.dualcarbon.monitoring.internal;

import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.Reading;
import org.dualcarbon.monitoring.RejectedMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of monitoring devices: the caller's devices with their status, a device's latest readings, registration
 * (the broker secret is in the answer once, only its hash is kept), the accepted HJ 212 deviations, and the rejected
 * messages. A device outside the caller's scope answers 404; bad input 400 with an RFC 9457 problem naming the field.
 */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringApi {

    private final MonitoringDevices devices;

    MonitoringApi(MonitoringDevices devices) {
        this.devices = devices;
    }

    @GetMapping("/devices")
    List<MonitoringDevice> devices() {
        return devices.devices();
    }

    @GetMapping("/devices/{id}")
    MonitoringDevice device(@PathVariable long id) {
        return devices.device(id);
    }

    @GetMapping("/devices/{id}/readings")
    List<Reading> readings(@PathVariable long id, @RequestParam(defaultValue = "200") int limit) {
        return devices.latest(id, limit);
    }

    /** What a device is registered with. */
    record DeviceForm(String mn, String name, Long unitId, String protocol) {
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    MonitoringDevices.Registered register(@RequestBody DeviceForm form) {
        if (form.unitId() == null) {
            throw new InvalidInputException("unitId", "请填写排放设施编号 / the unit is required");
        }
        return devices.register(form.mn(), form.name(), form.unitId(), form.protocol());
    }

    /** The HJ 212 deviations accepted from a device, e.g. {@code {"compatibility": "MODBUS_CRC_SWAPPED"}}; empty: strict. */
    record CompatibilityForm(String compatibility) {
    }

    @PutMapping("/devices/{id}/compatibility")
    MonitoringDevice compatibility(@PathVariable long id, @RequestBody CompatibilityForm form) {
        return devices.setCompatibility(id, form.compatibility() == null ? "" : form.compatibility());
    }

    @GetMapping("/rejected")
    List<RejectedMessage> rejected() {
        return devices.rejected();
    }
}
