package org.dualcarbon.monitoring.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dualcarbon.common.web.PlatformApiClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * 监测数据模拟器 — the device simulator as a command of its own: it reads the devices a platform account can see from
 * the platform's API, logs in to the broker as each device (user name = MN, the device's secret), and sends each one's
 * real-time uploads ({@link SimulatedReadings}: JSON or HJ 212, with injected gaps, duplicates, spikes and bad CRCs)
 * at the interval given — over MQTT, or HJ 212 frames over TCP to the platform's data-logger port. Prints what it
 * sent, by fault, every round. Run {@code --help} for the options; README.md shows the command line.
 */
@Command(name = "dc-simulator", mixinStandardHelpOptions = true,
        description = "Publishes simulated monitoring data for the platform's devices (JSON and HJ 212, MQTT and TCP).")
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--platform", defaultValue = "http://localhost:8080", description = "the platform, for the device list (default: ${DEFAULT-VALUE})")
    URI platform;

    @Option(names = "--user", defaultValue = "gov.province", description = "a platform account that sees the devices (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", defaultValue = "${env:DC_SIMULATOR_PASSWORD:-Demo@2026}",
            description = "its password (default: $DC_SIMULATOR_PASSWORD, else the demo accounts' password)")
    String password;

    @Option(names = "--broker", defaultValue = "tcp://127.0.0.1:1884", description = "the MQTT broker (default: ${DEFAULT-VALUE}, the embedded one)")
    String broker;

    @Option(names = "--device-secret", defaultValue = "${env:DC_SIMULATOR_DEVICE_SECRET:-Demo@2026}",
            description = "the devices' broker secret (default: $DC_SIMULATOR_DEVICE_SECRET, else the demo devices' secret)")
    String deviceSecret;

    @Option(names = "--interval", defaultValue = "PT10S", description = "each device sends once per interval, ISO 8601 (default: ${DEFAULT-VALUE})")
    Duration interval;

    @Option(names = "--faults", defaultValue = "0.02", description = "share of messages with an injected fault, 0–1 (default: ${DEFAULT-VALUE})")
    double faultRate;

    @Option(names = "--hj212-tcp", description = "host:port of the platform's HJ 212 TCP listener: HJ 212 devices send there instead of MQTT")
    String hj212Tcp;

    @Option(names = "--duration", description = "stop after this long, ISO 8601 (default: until interrupted)")
    Duration duration;

    @Option(names = "--devices", description = "only these MNs (comma-separated)", split = ",")
    List<String> only;

    @Option(names = "--seed", defaultValue = "20261124", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (interval.isZero() || interval.isNegative()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--interval must be positive, not " + interval);
        }
        List<SimulatedDevice> devices = devices();
        if (devices.isEmpty()) {
            System.err.println("no active devices visible to " + user + " on " + platform);
            return 2;
        }
        Map<String, MqttClient> connections = connect(devices);
        if (connections.isEmpty()) {
            System.err.println("no device could log in to " + broker + " (check --broker and --device-secret)");
            return 3;
        }
        SimulatedReadings readings = new SimulatedReadings(faultRate, seed);
        long until = duration == null ? Long.MAX_VALUE : System.currentTimeMillis() + duration.toMillis();
        Map<SimulatedReadings.Fault, Long> sent = new EnumMap<>(SimulatedReadings.Fault.class);
        try {
            while (System.currentTimeMillis() < until) {
                long roundStart = System.currentTimeMillis();
                LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
                for (SimulatedDevice device : devices) {
                    SimulatedReadings.Simulated next = readings.next(device, now);
                    if (send(device, next, connections)) {
                        sent.merge(next.fault(), 1L, Long::sum);
                    }
                }
                System.out.println(now + " sent " + sent);
                Thread.sleep(Math.max(0, interval.toMillis() - (System.currentTimeMillis() - roundStart)));
            }
        } finally {
            for (MqttClient client : connections.values()) {
                client.disconnectForcibly(1_000);
                client.close();
            }
        }
        return 0;
    }

    private boolean send(SimulatedDevice device, SimulatedReadings.Simulated next, Map<String, MqttClient> connections) {
        if (next.payload() == null) {
            return true; // a gap: nothing to send
        }
        try {
            if (device.speaksHj212() && hj212Tcp != null) {
                String[] address = hj212Tcp.split(":");
                try (Socket socket = new Socket(address[0], Integer.parseInt(address[1])); OutputStream out = socket.getOutputStream()) {
                    out.write(next.payload());
                    out.flush();
                }
            } else if (connections.containsKey(device.mn())) {
                connections.get(device.mn()).publish(device.topic(), next.payload(), 1, false);
            } else {
                return false;
            }
            return true;
        } catch (IOException | MqttException | RuntimeException e) {
            System.err.println(device.mn() + ": not sent: " + e.getMessage());
            return false;
        }
    }

    private List<SimulatedDevice> devices() throws IOException, InterruptedException {
        List<SimulatedDevice> devices = new ArrayList<>();
        for (JsonNode d : new PlatformApiClient(platform, user, password).call("GET", "/api/monitoring/devices")) {
            String mn = d.path("mn").asText();
            if (d.path("active").asBoolean() && (only == null || only.contains(mn))) {
                devices.add(new SimulatedDevice(d.path("id").asLong(), mn, d.path("uscc").asText(), d.path("protocol").asText()));
            }
        }
        return devices;
    }

    private Map<String, MqttClient> connect(List<SimulatedDevice> devices) {
        Map<String, MqttClient> connections = new LinkedHashMap<>();
        for (SimulatedDevice device : devices) {
            if (device.speaksHj212() && hj212Tcp != null) {
                continue;
            }
            try {
                MqttClient client = new MqttClient(broker, "sim-" + device.mn(), new MemoryPersistence());
                MqttConnectOptions options = new MqttConnectOptions();
                options.setUserName(device.mn());
                options.setPassword(deviceSecret.toCharArray());
                options.setAutomaticReconnect(true);
                options.setConnectionTimeout(10);
                client.connect(options);
                connections.put(device.mn(), client);
            } catch (MqttException e) {
                System.err.println(device.mn() + ": broker login refused (" + e.getReasonCode() + " " + e.getMessage() + ")");
            }
        }
        return connections;
    }
}
