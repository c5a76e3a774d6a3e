package org.dualcarbon.monitoring.internal;

import java.time.format.DateTimeFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.hj212.Hj212Commands;
import org.dualcarbon.monitoring.hj212.Hj212Cp;
import org.dualcarbon.monitoring.hj212.Hj212DataFlag;
import org.dualcarbon.monitoring.hj212.Hj212Encoder;
import org.dualcarbon.monitoring.hj212.Hj212Flag;
import org.dualcarbon.monitoring.hj212.Hj212Frame;
import org.dualcarbon.monitoring.hj212.Hj212Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes plausible flue-gas readings for the demo's devices so that the monitoring pages move: every
 * {@code dc.simulator.interval} each active device sends a real-time upload — HJ 212 frames (over MQTT, or over TCP
 * for every other HJ 212 device when the TCP listener is on) or JSON — with CO2, flue-gas flow, O2 and SO2 around
 * a level of its own. Faults are injected at {@code dc.simulator.fault-rate}: a wrong CRC, a gap (nothing sent), a
 * spike (×10), or the previous message again (a duplicate). Values are illustrative, not reference data.
 */
@Component
class DeviceSimulator {

    private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final boolean enabled;
    private final double faultRate;
    private final MonitoringMapper store;
    private final MqttGateway mqtt;
    private final Hj212TcpServer tcp;
    private final ScopeContext scope;
    private final Random random = new Random(20261124);
    private final Hj212Encoder encoder = new Hj212Encoder();
    private final Map<String, byte[]> previous = new HashMap<>();
    private long sent;

    DeviceSimulator(@Value("${dc.simulator.enabled:false}") boolean enabled,
                    @Value("${dc.simulator.fault-rate:0.02}") double faultRate, MonitoringMapper store, MqttGateway mqtt,
                    Hj212TcpServer tcp, ScopeContext scope) {
        this.enabled = enabled;
        this.faultRate = faultRate;
        this.store = store;
        this.mqtt = mqtt;
        this.tcp = tcp;
        this.scope = scope;
    }

    @Scheduled(initialDelayString = "${dc.simulator.initial-delay:PT20S}", fixedDelayString = "${dc.simulator.interval:PT60S}")
    void publishRound() {
        if (!enabled || !mqtt.isConnected()) {
            return;
        }
        List<MonitoringDevice> devices = scope.asSystem(store::devices);
        LocalDateTime now = LocalDateTime.now(BEIJING).withNano(0);
        for (MonitoringDevice device : devices) {
            if (device.active()) {
                publish(device, now);
            }
        }
        if (sent % 1000 < devices.size()) {
            log.info("device simulator: {} messages sent", sent);
        }
    }

    private void publish(MonitoringDevice device, LocalDateTime now) {
        double dice = random.nextDouble();
        if (dice < faultRate / 4) {
            return; // a gap
        }
        byte[] payload;
        if (dice < faultRate / 2 && previous.containsKey(device.mn())) {
            payload = previous.get(device.mn()); // a duplicate
        } else {
            double level = 0.7 + (device.id() % 5) * 0.1;
            double spike = dice < 3 * faultRate / 4 ? 10 : 1;
            payload = "HJ212".equals(device.protocol()) ? frame(device, now, level, spike, dice < faultRate)
                    : json(device, now, level, spike);
            previous.put(device.mn(), payload);
        }
        boolean overTcp = "HJ212".equals(device.protocol()) && device.id() % 2 == 0 && tcp.port() > 0;
        if (overTcp) {
            try (Socket socket = new Socket("127.0.0.1", tcp.port()); OutputStream out = socket.getOutputStream()) {
                out.write(payload);
                out.flush();
            } catch (IOException e) {
                log.debug("simulator TCP send failed: {}", e.getMessage());
            }
        } else {
            mqtt.publish(device.topic("HJ212".equals(device.protocol()) ? "hj212" : "json"), payload, 1);
        }
        sent++;
    }

    private byte[] frame(MonitoringDevice device, LocalDateTime now, double level, double spike, boolean badCrc) {
        Hj212Frame frame = Hj212Frame.builder().qnAt(now.withNano(random.nextInt(1000) * 1_000_000)).st("31")
                .cn(Hj212Commands.REAL_TIME_DATA).pw("123456").mn(device.mn()).flag(Hj212Flag.of(1, false, false))
                .cp(Hj212Cp.builder().dataTime(now)
                        .value("a05001", Hj212Measure.RTD, value(220_000 * level * spike, 0.03)).flag("a05001", Hj212DataFlag.N)
                        .value("a00000", Hj212Measure.RTD, value(280 * level, 0.05)).flag("a00000", Hj212DataFlag.N)
                        .value("a19001", Hj212Measure.RTD, value(6.5, 0.08)).flag("a19001", Hj212DataFlag.N)
                        .value("a21026", Hj212Measure.RTD, value(25 * level, 0.2)).flag("a21026", Hj212DataFlag.N).build())
                .build();
        String text = encoder.encode(frame);
        if (badCrc) {
            int crcAt = text.length() - 6;
            char c = text.charAt(crcAt);
            text = text.substring(0, crcAt) + (c == '0' ? '1' : '0') + text.substring(crcAt + 1);
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] json(MonitoringDevice device, LocalDateTime now, double level, double spike) {
        String qn = now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + String.format("%03d", random.nextInt(1000));
        return ("{\"mn\":\"" + device.mn() + "\",\"qn\":\"" + qn + "\",\"dataTime\":\"" + now.atOffset(BEIJING) + "\",\"values\":["
                + "{\"code\":\"a05001\",\"kind\":\"Rtd\",\"value\":" + value(160_000 * level * spike, 0.03) + ",\"flag\":\"N\"},"
                + "{\"code\":\"a00000\",\"kind\":\"Rtd\",\"value\":" + value(12 * level, 0.05) + ",\"flag\":\"N\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A level with relative noise, to 2 decimals. */
    private BigDecimal value(double level, double noise) {
        return BigDecimal.valueOf(level * (1 + noise * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP).abs();
    }
}
