package org.dualcarbon.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.dualcarbon.support.ShippedMosquitto;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/mosquitto/mosquitto.conf and acl as shipped, run by this machine's Mosquitto on a free port (only the
 * listener, file locations and persistence are rewritten): no anonymous or wrong-password clients, and a device
 * can publish only under its own id.
 */
class MosquittoShippedConfigTest {

    static final String ENTERPRISE = "91640181MA00000001";

    static ShippedMosquitto broker;
    static int port;

    @BeforeAll
    static void startBrokerFromShippedConfig() throws Exception {
        assumeTrue(ShippedMosquitto.installed(), "Mosquitto (mosquitto, mosquitto-clients) is not installed");
        broker = ShippedMosquitto.start(Path.of("target", "mosquitto-shipped"),
                Map.of("dc-platform", "platform-secret", "DEVICE-A", "secret-a", "DEVICE-B", "secret-b"), List.of());
        port = broker.port();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void anonymousAndWrongPasswordsAreRefused() {
        assertThatThrownBy(() -> connect(null, null)).isInstanceOf(MqttException.class)
                .satisfies(e -> assertThat(((MqttException) e).getReasonCode()).isIn(4, 5));
        assertThatThrownBy(() -> connect("DEVICE-A", "wrong")).isInstanceOf(MqttException.class)
                .satisfies(e -> assertThat(((MqttException) e).getReasonCode()).isIn(4, 5));
    }

    @Test
    void aDeviceReachesThePlatformOnlyUnderItsOwnId() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttClient platform = connect("dc-platform", "platform-secret");
        platform.subscribe("dc/#", 1, (topic, message) -> received.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
        MqttClient deviceA = connect("DEVICE-A", "secret-a");
        deviceA.publish("dc/" + ENTERPRISE + "/DEVICE-A/data", "own".getBytes(StandardCharsets.UTF_8), 1, false);
        deviceA.publish("dc/" + ENTERPRISE + "/DEVICE-B/data", "spoofed".getBytes(StandardCharsets.UTF_8), 1, false);
        long deadline = System.currentTimeMillis() + 3000;
        while (received.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);
        assertThat(received).containsExactly("dc/" + ENTERPRISE + "/DEVICE-A/data own");
        deviceA.disconnect();
        platform.disconnect();
    }

    private static MqttClient connect(String user, String password) throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, "t-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setConnectionTimeout(5);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password.toCharArray());
        }
        client.connect(options);
        return client;
    }
}
