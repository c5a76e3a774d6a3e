package org.dualcarbon.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.simulator.SimulatedDevice;
import org.dualcarbon.monitoring.simulator.SimulatedReadings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The demo's built-in simulator, so that the monitoring pages move under {@code mvn spring-boot:run}: every
 * {@code dc.simulator.interval} each active device sends a real-time upload from {@link SimulatedReadings} — HJ 212
 * frames (over MQTT, or over TCP for every other HJ 212 device when the TCP listener is on) or JSON — with faults at
 * {@code dc.simulator.fault-rate}. It publishes through the platform's own connection; the standalone
 * {@link org.dualcarbon.monitoring.simulator.SimulatorCommand} logs in as each device instead.
 */
@Component
class DeviceSimulator {

    private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final boolean enabled;
    private final MonitoringMapper store;
    private final MqttGateway mqtt;
    private final Hj212TcpServer tcp;
    private final ScopeContext scope;
    private final SimulatedReadings readings;
    private long sent;

    DeviceSimulator(@Value("${dc.simulator.enabled:false}") boolean enabled,
                    @Value("${dc.simulator.fault-rate:0.02}") double faultRate, MonitoringMapper store, MqttGateway mqtt,
                    Hj212TcpServer tcp, ScopeContext scope) {
        this.enabled = enabled;
        this.readings = new SimulatedReadings(faultRate, 20261124);
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
        SimulatedDevice simulated = new SimulatedDevice(device.id(), device.mn(), device.uscc(), device.protocol());
        SimulatedReadings.Simulated next = readings.next(simulated, now);
        if (next.payload() == null) {
            return; // a gap
        }
        boolean overTcp = simulated.speaksHj212() && device.id() % 2 == 0 && tcp.port() > 0;
        if (overTcp) {
            try (Socket socket = new Socket("127.0.0.1", tcp.port()); OutputStream out = socket.getOutputStream()) {
                out.write(next.payload());
                out.flush();
            } catch (IOException e) {
                log.debug("simulator TCP send failed: {}", e.getMessage());
            }
        } else {
            mqtt.publish(simulated.topic(), next.payload(), 1);
        }
        sent++;
    }
}
