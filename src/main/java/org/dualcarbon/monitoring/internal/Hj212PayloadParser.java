package org.dualcarbon.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.ParsedMessage;
import org.dualcarbon.monitoring.Rejection;
import org.dualcarbon.monitoring.hj212.Hj212Commands;
import org.dualcarbon.monitoring.hj212.Hj212Compatibility;
import org.dualcarbon.monitoring.hj212.Hj212Deviation;
import org.dualcarbon.monitoring.hj212.Hj212Frame;
import org.dualcarbon.monitoring.hj212.Hj212Item;
import org.dualcarbon.monitoring.hj212.Hj212Measure;
import org.dualcarbon.monitoring.hj212.Hj212ParseResult;
import org.dualcarbon.monitoring.hj212.Hj212Parser;
import org.dualcarbon.monitoring.hj212.Hj212RejectionCode;

/**
 * Reads an HJ 212-2017 data upload with the device's compatibility setting (default strict): real-time (CN 2011),
 * minute (2051), hourly (2061) and daily (2031) data become values with their period; a frame that needed a
 * deviation records it on each value; other commands carry no readings and are refused as such.
 */
final class Hj212PayloadParser {

    /** Data uploads and the period their values cover (domain.md §8.1). */
    static final Map<String, String> PERIODS = Map.of(Hj212Commands.REAL_TIME_DATA, "RT", Hj212Commands.MINUTE_DATA, "MIN",
            Hj212Commands.HOURLY_DATA, "HOUR", Hj212Commands.DAILY_DATA, "DAY");

    private final Hj212Parser parser = new Hj212Parser();

    ParsedMessage.Result parse(byte[] payload, MonitoringDevice device) {
        Hj212Compatibility compatibility = device.compatibility() == null || device.compatibility().isBlank()
                ? Hj212Compatibility.STRICT : Hj212Compatibility.parse(device.compatibility());
        Hj212ParseResult result = parser.parse(payload, compatibility);
        if (result instanceof Hj212ParseResult.Rejected rejected) {
            Rejection.Code code = rejected.code() == Hj212RejectionCode.CRC_MISMATCH ? Rejection.Code.BAD_CRC
                    : rejected.code() == Hj212RejectionCode.TOO_LARGE ? Rejection.Code.PAYLOAD_TOO_LARGE : Rejection.Code.BAD_FRAME;
            String remedy = rejected.remedy().map(d -> "（设备兼容设置允许 " + d.name() + " 时可接收 / accepted if the device allows "
                    + d.name() + "）").orElse("");
            return ParsedMessage.Result.rejected(code, rejected.code().name() + ": " + rejected.reason() + remedy);
        }
        Hj212ParseResult.Accepted accepted = (Hj212ParseResult.Accepted) result;
        Hj212Frame frame = accepted.frame();
        String period = PERIODS.get(frame.cn());
        if (period == null) {
            return ParsedMessage.Result.rejected(Rejection.Code.BAD_FRAME, "CN=" + frame.cn()
                    + " 不是数据上传命令，不含监测数据 / not a data upload: no readings");
        }
        if (frame.cp().dataTime() == null) {
            return ParsedMessage.Result.rejected(Rejection.Code.BAD_FRAME, "CP缺少DataTime / the data upload has no DataTime");
        }
        List<ParsedMessage.Value> values = new ArrayList<>();
        for (Hj212Item item : frame.cp().items().values()) {
            for (Map.Entry<Hj212Measure, BigDecimal> v : item.values().entrySet()) {
                values.add(new ParsedMessage.Value(item.code(), v.getKey().suffix(), v.getValue(),
                        item.flag() == null ? null : item.flag().letter(), item.isKnown()));
            }
        }
        if (values.isEmpty()) {
            return ParsedMessage.Result.rejected(Rejection.Code.BAD_FRAME, "数据上传不含任何数值 / the data upload carries no values");
        }
        List<String> deviations = accepted.deviations().stream().map(Hj212Deviation::name).sorted().toList();
        return ParsedMessage.Result.ok(new ParsedMessage(frame.mn(), frame.qn(), frame.cp().dataTime(), period, values,
                deviations));
    }
}
