package org.dualcarbon.monitoring.internal;

import java.util.List;
import java.util.Map;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.LocalDateTime;
import org.dualcarbon.common.excel.ExportTable;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.MonitoringDevices;
import org.dualcarbon.monitoring.RejectedMessage;
import org.springframework.http.ResponseEntity;
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
        return list(model, List.of());
    }

    /** Registers a device; its secret is shown once, on the page that answers the registration. */
    @PostMapping("/monitoring/devices")
    String register(@RequestParam(required = false) String mn,
                    @RequestParam(required = false) String name,
                    @RequestParam(required = false) Long unitId,
                    @RequestParam(required = false) String protocol, Model model) {
        try {
            if (unitId == null) {
                throw new InvalidInputException("unitId", "请填写排放设施编号 / the unit is required");
            }
            MonitoringDevices.Registered registered = devices.register(mn, name, unitId, protocol);
            model.addAttribute("registered", registered);
            return list(model, List.of());
        } catch (InvalidInputException e) {
            model.addAttribute("form", Map.of("mn", String.valueOf(mn), "name", String.valueOf(name),
                    "unitId", unitId == null ? "" : unitId.toString(), "protocol", String.valueOf(protocol)));
            return list(model, e.problems());
        }
    }

    private String list(Model model, List<FieldProblem> problems) {
        model.addAttribute("devices", devices.devices());
        model.addAttribute("now", LocalDateTime.now(PayloadParsers.BEIJING));
        model.addAttribute("problems", problems);
        return "monitoring/devices";
    }

    /** The device list as .xlsx or .csv, from the same scoped query as the page. */
    @GetMapping(path = "/monitoring/devices", params = "format")
    ResponseEntity<byte[]> exportDevices(@RequestParam String format) {
        LocalDateTime now = LocalDateTime.now(PayloadParsers.BEIJING);
        ExportTable.Builder table = ExportTable.named("监测设备", "设备编号 MN", "名称", "企业", "统一社会信用代码", "排放设施ID",
                "协议", "兼容偏差", "启用", "在线", "最后消息时间");
        for (MonitoringDevice d : devices.devices()) {
            table.row(d.mn(), d.name(), d.enterpriseName(), d.uscc(), d.unitId(), d.protocol(), d.compatibility(), d.active(),
                    d.online(now), d.lastMessageAt());
        }
        return TableExport.download(format, "监测设备", table.build());
    }

    /** The rejected messages; their payload heads come from devices, so the export neutralises formulas in them. */
    @GetMapping(path = "/monitoring/rejected", params = "format")
    ResponseEntity<byte[]> exportRejected(@RequestParam String format) {
        ExportTable.Builder table = ExportTable.named("被拒收的消息", "接收时间", "主题", "设备编号 MN", "原因代码", "原因",
                "大小（字节）", "内容开头");
        for (RejectedMessage m : devices.rejected()) {
            table.row(m.receivedAt(), m.topic(), m.deviceMn(), m.reasonCode(), m.reason(), m.payloadSize(), m.payloadHead());
        }
        return TableExport.download(format, "被拒收的消息", table.build());
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
