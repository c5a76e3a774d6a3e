package org.dualcarbon.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.MonitoringIngestion;
import org.dualcarbon.monitoring.ParsedMessage;
import org.dualcarbon.monitoring.Rejection;
import org.springframework.stereotype.Component;

/**
 * The checks of one incoming message, none of which needs a database round trip of its own (the devices of a batch are
 * read once, beforehand): size, topic {@code dc/{USCC}/{MN}/{json|hj212}}, a known and active device, its message rate,
 * its enterprise, the payload, the MN in it, and a data time at most {@link #FUTURE_TOLERANCE} ahead and at most
 * {@link #REPLAY_WINDOW} behind.
 */
@Component
public class MessageChecks {

    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    public static final Duration REPLAY_WINDOW = Duration.ofDays(30);
    private static final Pattern TOPIC = Pattern.compile("dc/([0-9A-Z]{18})/([A-Za-z0-9]{1,32})/(json|hj212)");

    /** What the checks made of one message. */
    public sealed interface Checked permits Accepted, Refused {
    }

    /** A message that passed every check, ready to be stored unless its (device, QN) is already there. */
    public record Accepted(MonitoringDevice device, ParsedMessage message) implements Checked {
    }

    /** A message refused by a check, with what the operator needs to see. */
    public record Refused(String topic, String mn, MonitoringDevice device, byte[] payload, Rejection rejection)
            implements Checked {
    }

    private final PayloadParsers parsers;
    private final DeviceRateLimit rateLimit;
    private final Clock clock;

    MessageChecks(PayloadParsers parsers, DeviceRateLimit rateLimit, Optional<Clock> clock) {
        this.parsers = parsers;
        this.rateLimit = rateLimit;
        this.clock = clock.orElse(Clock.system(PayloadParsers.BEIJING));
    }

    /** The MN a topic names, or null when the topic is not a device topic. */
    public static String topicMn(String topic) {
        Matcher t = TOPIC.matcher(topic == null ? "" : topic);
        return t.matches() ? t.group(2) : null;
    }

    /** Every check of one message that needs no database round trip of its own. */
    public Checked check(String topic, byte[] payload, Function<String, Optional<MonitoringDevice>> devices) {
        if (payload.length > MonitoringIngestion.MAX_PAYLOAD) {
            return refuse(topic, null, null, payload, Rejection.Code.PAYLOAD_TOO_LARGE,
                    "消息过大 / payload of " + payload.length + " bytes exceeds " + MonitoringIngestion.MAX_PAYLOAD);
        }
        Matcher m = TOPIC.matcher(topic == null ? "" : topic);
        if (!m.matches()) {
            return refuse(topic, null, null, payload, Rejection.Code.BAD_TOPIC,
                    "主题须为 dc/{统一社会信用代码}/{MN}/json 或 /hj212 / topic must be dc/{USCC}/{MN}/json|hj212");
        }
        String topicMn = m.group(2);
        MonitoringDevice device = devices.apply(topicMn).orElse(null);
        if (device == null) {
            return refuse(topic, topicMn, null, payload, Rejection.Code.UNKNOWN_DEVICE, "未登记的设备 / unknown device " + topicMn);
        }
        if (!device.active()) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.DEVICE_INACTIVE, "设备已停用 / device is inactive");
        }
        if (!rateLimit.allow(device.mn())) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.RATE_LIMITED,
                    "设备发送过于频繁 / the device exceeds its message rate (flood)");
        }
        if (!device.uscc().equals(m.group(1))) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.TOPIC_MISMATCH, "主题中的企业 " + m.group(1)
                    + " 不是该设备所属企业 / the device belongs to another enterprise");
        }
        ParsedMessage.Result parsed = parsers.parse(m.group(3), payload, device);
        if (parsed.rejection() != null) {
            return refuse(topic, topicMn, device, payload, parsed.rejection().code(), parsed.rejection().reason());
        }
        ParsedMessage message = parsed.message();
        if (!message.mn().equals(topicMn)) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.TOPIC_MISMATCH, "消息中的MN " + message.mn()
                    + " 与主题中的设备 " + topicMn + " 不符 / a device may publish only its own data");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (message.dataTime().isAfter(now.plus(FUTURE_TOLERANCE))) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.FUTURE_TIMESTAMP,
                    "数据时间 " + message.dataTime() + " 晚于当前时间 / data time is in the future");
        }
        if (message.dataTime().isBefore(now.minus(REPLAY_WINDOW))) {
            return refuse(topic, topicMn, device, payload, Rejection.Code.OUTSIDE_WINDOW,
                    "数据时间 " + message.dataTime() + " 早于" + REPLAY_WINDOW.toDays() + "天补发窗口 / older than the replay window");
        }
        return new Accepted(device, message);
    }

    public static Refused refuse(String topic, String mn, MonitoringDevice device, byte[] payload, Rejection.Code code,
                                  String reason) {
        return new Refused(topic, mn, device, payload, new Rejection(code, reason));
    }

}
