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

    static final String MOSQUITTO = "/usr/sbin/mosquitto";
    static final String MOSQUITTO_PASSWD = "/usr/bin/mosquitto_passwd";
    static final String ENTERPRISE = "91640181MA00000001";

    static Process broker;
    static int port;

    @BeforeAll
    static void startBrokerFromShippedConfig() throws Exception {
        assumeTrue(new File(MOSQUITTO).canExecute() && new File(MOSQUITTO_PASSWD).canExecute(),
                "Mosquitto (mosquitto, mosquitto-clients) is not installed");
        Path dir = Files.createDirectories(Path.of("target", "mosquitto-shipped").toAbsolutePath());
        port = freePort();
        String conf = Files.readString(Path.of("docker/mosquitto/mosquitto.conf"))
                .replace("listener 1883", "listener " + port + " 127.0.0.1")
                .replace("/mosquitto/config/passwd", dir.resolve("passwd").toString())
                .replace("/mosquitto/config/acl", dir.resolve("acl").toString())
                .replace("persistence true", "persistence false")
                .replace("persistence_location /mosquitto/data/", "")
                // as root Mosquitto would drop to its own user, which may not read a test folder
                + "\nuser root\n";
        Files.writeString(dir.resolve("mosquitto.conf"), conf);
        Files.copy(Path.of("docker/mosquitto/acl"), dir.resolve("acl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve("passwd"));
        Files.createFile(dir.resolve("passwd"));
        passwd(dir, "dc-platform", "platform-secret");
        passwd(dir, "DEVICE-A", "secret-a");
        passwd(dir, "DEVICE-B", "secret-b");
        for (String file : List.of("passwd", "acl", "mosquitto.conf")) {
            Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        broker = new ProcessBuilder(MOSQUITTO, "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!listening(port)) {
            if (System.nanoTime() > deadline || !broker.isAlive()) {
                throw new IllegalStateException("Mosquitto did not start: " + Files.readString(dir.resolve("mosquitto.log")));
            }
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.destroy();
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

    private static void passwd(Path dir, String user, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(MOSQUITTO_PASSWD, "-b", dir.resolve("passwd").toString(), user, password)
                .redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("mosquitto_passwd failed: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
