package org.dualcarbon.monitoring;

import org.dualcarbon.monitoring.internal.DeviceRateLimit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.MeterRegistry;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.internal.MonitoringMapper;
import org.dualcarbon.monitoring.internal.PayloadParsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one message from a device — its topic {@code dc/{USCC}/{MN}/{json|hj212}} (docker/mosquitto/acl) and its bytes —
 * and stores it once, in one transaction: the sender must be a known, active device publishing under its own
 * enterprise and MN; the payload must parse;
 * its data time may be at most {@link #FUTURE_TOLERANCE} ahead and at most {@link #REPLAY_WINDOW} behind (older data
 * within the window is stored as late, 补发). A message already stored (same device and QN) is a duplicate and
 * stores nothing; anything refused is kept with its reason. Counters: dc.monitoring.messages{outcome, reason}.
 */
@Service
public class MonitoringIngestion {

    /** Far above any HJ 212 frame (a data segment is at most 9999 characters) or a 200-value JSON message. */
    public static final int MAX_PAYLOAD = 64 * 1024;
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);
    static final Duration REPLAY_WINDOW = Duration.ofDays(30);
    static final Duration LATE_AFTER = Duration.ofHours(2);
    static final String UNASSIGNED = "/unassigned/";
    private static final Pattern FRAME_MN = Pattern.compile(";MN=([A-Za-z0-9]{1,32});");
    private static final Pattern TOPIC = Pattern.compile("dc/([0-9A-Z]{18})/([A-Za-z0-9]{1,32})/(json|hj212)");

    private final MonitoringMapper store;
    private final PayloadParsers parsers;
    private final DeviceRateLimit rateLimit;
    private final ScopeContext scope;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public MonitoringIngestion(MonitoringMapper store, PayloadParsers parsers, ScopeContext scope, MeterRegistry meters,
                               Optional<Clock> clock, DeviceRateLimit rateLimit, ApplicationEventPublisher events) {
        this.events = events;
        this.rateLimit = rateLimit;
        this.store = store;
        this.parsers = parsers;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock.orElse(Clock.system(PayloadParsers.BEIJING));
    }

    @Transactional
    public IngestOutcome accept(String topic, byte[] payload) {
        return scope.asSystem(() -> store(topic, payload, this::device));
    }

    /**
     * A batch of messages from the broker, in arrival order, in one transaction: each is stored, found a duplicate
     * (also of one earlier in the same batch) or rejected; if the database fails the whole batch rolls back and is
     * not acknowledged, so the broker delivers it again.
     */
    @Transactional
    public List<IngestOutcome> acceptBatch(List<MqttGateway.Received> messages) {
        // a batch usually holds many messages of few devices: each device is read once per batch
        java.util.Map<String, Optional<MonitoringDevice>> devices = new java.util.HashMap<>();
        return scope.asSystem(() -> messages.stream()
                .map(m -> store(m.topic(), m.payload(), mn -> devices.computeIfAbsent(mn, this::device))).toList());
    }

    /**
     * A frame that came over HJ 212's own TCP link, where the frame's MN is the only identity: it goes through the
     * same checks as if the device had published it on its topic; an unknown MN is kept as rejected, with the peer.
     */
    @Transactional
    public IngestOutcome acceptTcp(String peer, byte[] frame) {
        return scope.asSystem(() -> {
            String text = new String(frame, 0, Math.min(frame.length, 2048), StandardCharsets.US_ASCII);
            Matcher mn = FRAME_MN.matcher(text);
            MonitoringDevice device = mn.find() ? store.deviceByMn(mn.group(1)).orElse(null) : null;
            if (device == null) {
                return reject("tcp:" + peer, mn.reset().find() ? mn.group(1) : null, null, frame, Rejection.Code.UNKNOWN_DEVICE,
                        "帧中没有已登记设备的MN / no registered device's MN in the frame");
            }
            return store(device.topic("hj212"), frame, this::device);
        });
    }

    private Optional<MonitoringDevice> device(String mn) {
        return store.deviceByMn(mn);
    }

    private IngestOutcome store(String topic, byte[] payload,
                                java.util.function.Function<String, Optional<MonitoringDevice>> devices) {
        if (payload.length > MAX_PAYLOAD) {
            return reject(topic, null, null, payload, Rejection.Code.PAYLOAD_TOO_LARGE,
                    "消息过大 / payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        Matcher m = TOPIC.matcher(topic == null ? "" : topic);
        if (!m.matches()) {
            return reject(topic, null, null, payload, Rejection.Code.BAD_TOPIC,
                    "主题须为 dc/{统一社会信用代码}/{MN}/json 或 /hj212 / topic must be dc/{USCC}/{MN}/json|hj212");
        }
        String topicMn = m.group(2);
        MonitoringDevice device = devices.apply(topicMn).orElse(null);
        if (device == null) {
            return reject(topic, topicMn, null, payload, Rejection.Code.UNKNOWN_DEVICE, "未登记的设备 / unknown device " + topicMn);
        }
        if (!device.active()) {
            return reject(topic, topicMn, device, payload, Rejection.Code.DEVICE_INACTIVE, "设备已停用 / device is inactive");
        }
        if (!rateLimit.allow(device.mn())) {
            return reject(topic, topicMn, device, payload, Rejection.Code.RATE_LIMITED,
                    "设备发送过于频繁 / the device exceeds its message rate (flood)");
        }
        if (!device.uscc().equals(m.group(1))) {
            return reject(topic, topicMn, device, payload, Rejection.Code.TOPIC_MISMATCH, "主题中的企业 " + m.group(1)
                    + " 不是该设备所属企业 / the device belongs to another enterprise");
        }
        ParsedMessage.Result parsed = parsers.parse(m.group(3), payload, device);
        if (parsed.rejection() != null) {
            return reject(topic, topicMn, device, payload, parsed.rejection().code(), parsed.rejection().reason());
        }
        ParsedMessage message = parsed.message();
        if (!message.mn().equals(topicMn)) {
            return reject(topic, topicMn, device, payload, Rejection.Code.TOPIC_MISMATCH, "消息中的MN " + message.mn()
                    + " 与主题中的设备 " + topicMn + " 不符 / a device may publish only its own data");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (message.dataTime().isAfter(now.plus(FUTURE_TOLERANCE))) {
            return reject(topic, topicMn, device, payload, Rejection.Code.FUTURE_TIMESTAMP,
                    "数据时间 " + message.dataTime() + " 晚于当前时间 / data time is in the future");
        }
        if (message.dataTime().isBefore(now.minus(REPLAY_WINDOW))) {
            return reject(topic, topicMn, device, payload, Rejection.Code.OUTSIDE_WINDOW,
                    "数据时间 " + message.dataTime() + " 早于" + REPLAY_WINDOW.toDays() + "天补发窗口 / older than the replay window");
        }
        if (store.messageExists(device.id(), message.qn())) {
            meters.counter("dc.monitoring.messages", "outcome", "duplicate", "reason", "none").increment();
            return IngestOutcome.duplicate();
        }
        String deviations = message.deviations().isEmpty() ? null : String.join(",", message.deviations());
        boolean late = message.dataTime().isBefore(now.minus(LATE_AFTER));
        store.insertMessage(new MonitoringMapper.MessageRow(device.id(), message.qn(), message.dataTime(),
                message.values().size(), deviations, late, device.scopePath()));
        List<MonitoringMapper.ReadingRow> rows = message.values().stream().map(v -> new MonitoringMapper.ReadingRow(device.id(),
                message.dataTime(), v.code(), message.period(), v.kind(), v.value(), v.flag(), v.knownCode(), deviations, device.scopePath()))
                .toList();
        store.insertReadings(rows);
        store.touchDevice(device.id(), now);
        events.publishEvent(new ReadingsStored(device.id(), message.dataTime()));
        meters.counter("dc.monitoring.messages", "outcome", "stored", "reason", "none").increment();
        return IngestOutcome.stored(rows.size());
    }

    private IngestOutcome reject(String topic, String mn, MonitoringDevice device, byte[] payload, Rejection.Code code,
                                 String reason) {
        store.insertRejected(new MonitoringMapper.RejectedRow(cut(String.valueOf(topic), 200), mn, code.name(), cut(reason, 500),
                payload.length, printableHead(payload), device == null ? UNASSIGNED : device.scopePath()));
        meters.counter("dc.monitoring.messages", "outcome", "rejected", "reason", code.name()).increment();
        return IngestOutcome.rejected(new Rejection(code, reason));
    }

    /** The first bytes as text, with anything unprintable shown as U+FFFD, for the operator's eyes only. */
    static String printableHead(byte[] payload) {
        String head = new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.UTF_8);
        return cut(head.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", "\uFFFD"), 1000);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
