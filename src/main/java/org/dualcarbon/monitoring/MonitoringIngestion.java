package org.dualcarbon.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.micrometer.core.instrument.MeterRegistry;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.internal.MessageChecks;
import org.dualcarbon.monitoring.internal.MessageChecks.Accepted;
import org.dualcarbon.monitoring.internal.MessageChecks.Checked;
import org.dualcarbon.monitoring.internal.MessageChecks.Refused;
import org.dualcarbon.monitoring.internal.MonitoringMapper;
import org.dualcarbon.monitoring.internal.PayloadParsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one message from a device — its topic {@code dc/{USCC}/{MN}/{json|hj212}} (docker/mosquitto/acl) and its bytes —
 * and stores it once, in one transaction, if it passes {@link MessageChecks} (a known, active device publishing under
 * its own enterprise and MN, a payload that parses, a data time within the window; data older than two hours is
 * stored as late, 补发). A message already stored (same device and QN) is a duplicate and
 * stores nothing; anything refused is kept with its reason. Counters: dc.monitoring.messages{outcome, reason}.
 */
@Service
public class MonitoringIngestion {

    /** Far above any HJ 212 frame (a data segment is at most 9999 characters) or a 200-value JSON message. */
    public static final int MAX_PAYLOAD = 64 * 1024;
    static final Duration LATE_AFTER = Duration.ofHours(2);
    static final String UNASSIGNED = "/unassigned/";
    /** Rows per multi-row INSERT: large enough to amortise the round trip, small enough for any max_allowed_packet. */
    private static final int INSERT_CHUNK = 1000;
    private static final Pattern FRAME_MN = Pattern.compile(";MN=([A-Za-z0-9]{1,32});");

    private final MonitoringMapper store;
    private final MessageChecks checks;
    private final ScopeContext scope;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public MonitoringIngestion(MonitoringMapper store, MessageChecks checks, ScopeContext scope, MeterRegistry meters,
                               Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.checks = checks;
        this.store = store;
        this.scope = scope;
        this.meters = meters;
        this.clock = clock.orElse(Clock.system(PayloadParsers.BEIJING));
    }

    @Transactional
    public IngestOutcome accept(String topic, byte[] payload) {
        return scope.asSystem(() -> storeAll(List.of(new MqttGateway.Received(topic, payload))).get(0));
    }

    /**
     * A batch of messages from the broker, in arrival order, in one transaction: each is checked in memory, then the
     * batch is written with a handful of multi-row statements (devices read once, known QNs read once, messages,
     * readings and rejections inserted together, devices touched together). A message is stored, found a duplicate
     * (also of one earlier in the same batch) or rejected; if the database fails the whole batch rolls back and is not
     * acknowledged, so the broker delivers it again.
     */
    @Transactional
    public List<IngestOutcome> acceptBatch(List<MqttGateway.Received> messages) {
        return scope.asSystem(() -> storeAll(messages));
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
                Refused refused = new Refused("tcp:" + peer, mn.reset().find() ? mn.group(1) : null, null, frame,
                        new Rejection(Rejection.Code.UNKNOWN_DEVICE, "帧中没有已登记设备的MN / no registered device's MN in the frame"));
                return storeAll(List.of(), List.of(refused)).get(0);
            }
            return storeAll(List.of(new MqttGateway.Received(device.topic("hj212"), frame))).get(0);
        });
    }

    private record MessageKey(long deviceId, String qn) {
    }

    private static MessageKey key(Accepted accepted) {
        return new MessageKey(accepted.device().id(), accepted.message().qn());
    }

    private List<IngestOutcome> storeAll(List<MqttGateway.Received> messages) {
        Map<String, Optional<MonitoringDevice>> devices = devicesOf(messages);
        List<Checked> checked = new ArrayList<>(messages.size());
        for (MqttGateway.Received m : messages) {
            checked.add(checks.check(m.topic(), m.payload(), mn -> devices.getOrDefault(mn, Optional.empty())));
        }
        return storeAll(checked.stream().filter(Accepted.class::isInstance).map(Accepted.class::cast).toList(),
                checked.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList(), checked);
    }

    private List<IngestOutcome> storeAll(List<Accepted> accepted, List<Refused> refused) {
        List<Checked> order = new ArrayList<>(accepted);
        order.addAll(refused);
        return storeAll(accepted, refused, order);
    }

    /** Writes the batch and answers each message's outcome in the order given. */
    private List<IngestOutcome> storeAll(List<Accepted> accepted, List<Refused> refused, List<Checked> order) {
        Set<MessageKey> known = knownMessages(accepted);
        Map<Accepted, IngestOutcome> outcomes = new IdentityHashMap<>();
        List<MonitoringMapper.MessageRow> messageRows = new ArrayList<>();
        List<MonitoringMapper.ReadingRow> readingRows = new ArrayList<>();
        Set<Long> touched = new LinkedHashSet<>();
        Set<ReadingsStored> minutes = new LinkedHashSet<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Accepted a : accepted) {
            if (!known.add(key(a))) {
                meters.counter("dc.monitoring.messages", "outcome", "duplicate", "reason", "none").increment();
                outcomes.put(a, IngestOutcome.duplicate());
                continue;
            }
            ParsedMessage message = a.message();
            MonitoringDevice device = a.device();
            String deviations = message.deviations().isEmpty() ? null : String.join(",", message.deviations());
            boolean late = message.dataTime().isBefore(now.minus(LATE_AFTER));
            messageRows.add(new MonitoringMapper.MessageRow(device.id(), message.qn(), message.dataTime(),
                    message.values().size(), deviations, late, device.scopePath()));
            message.values().forEach(v -> readingRows.add(new MonitoringMapper.ReadingRow(device.id(), message.dataTime(),
                    v.code(), message.period(), v.kind(), v.value(), v.flag(), v.knownCode(), deviations, device.scopePath())));
            touched.add(device.id());
            minutes.add(new ReadingsStored(device.id(), message.dataTime().truncatedTo(ChronoUnit.MINUTES)));
            meters.counter("dc.monitoring.messages", "outcome", "stored", "reason", "none").increment();
            outcomes.put(a, IngestOutcome.stored(message.values().size()));
        }
        insertInChunks(messageRows, store::insertMessages);
        insertInChunks(readingRows, store::insertReadings);
        if (!touched.isEmpty()) {
            store.touchDevices(List.copyOf(touched), now);
        }
        insertInChunks(refused.stream().map(this::rejectedRow).toList(), store::insertRejectedMessages);
        minutes.forEach(events::publishEvent); // one per device and minute of the batch; taken after the commit
        return order.stream().map(c -> c instanceof Accepted a ? outcomes.get(a)
                : IngestOutcome.rejected(((Refused) c).rejection())).toList();
    }

    private Map<String, Optional<MonitoringDevice>> devicesOf(List<MqttGateway.Received> messages) {
        Set<String> mns = new LinkedHashSet<>();
        for (MqttGateway.Received m : messages) {
            String mn = MessageChecks.topicMn(m.topic());
            if (mn != null) {
                mns.add(mn);
            }
        }
        Map<String, Optional<MonitoringDevice>> devices = new HashMap<>();
        if (!mns.isEmpty()) {
            store.devicesByMn(List.copyOf(mns)).forEach(d -> devices.put(d.mn(), Optional.of(d)));
        }
        return devices;
    }

    /** The (device, QN) pairs of the batch already stored, in one query (a superset is read and narrowed here). */
    private Set<MessageKey> knownMessages(List<Accepted> accepted) {
        Set<MessageKey> known = new HashSet<>();
        if (accepted.isEmpty()) {
            return known;
        }
        List<Long> deviceIds = accepted.stream().map(a -> a.device().id()).distinct().toList();
        List<String> qns = accepted.stream().map(a -> a.message().qn()).distinct().toList();
        Set<MessageKey> wanted = accepted.stream().map(MonitoringIngestion::key).collect(Collectors.toSet());
        for (MonitoringMapper.MessageKeyRow row : store.storedMessages(deviceIds, qns)) {
            MessageKey key = new MessageKey(row.deviceId(), row.qn());
            if (wanted.contains(key)) {
                known.add(key);
            }
        }
        return known;
    }

    private static <T> void insertInChunks(List<T> rows, java.util.function.Consumer<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            insert.accept(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
        }
    }

    private MonitoringMapper.RejectedRow rejectedRow(Refused r) {
        meters.counter("dc.monitoring.messages", "outcome", "rejected", "reason", r.rejection().code().name()).increment();
        return new MonitoringMapper.RejectedRow(cut(String.valueOf(r.topic()), 200), r.mn(), r.rejection().code().name(),
                cut(r.rejection().reason(), 500), r.payload().length, printableHead(r.payload()),
                r.device() == null ? UNASSIGNED : r.device().scopePath());
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
