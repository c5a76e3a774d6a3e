package org.dualcarbon.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * This machine's Mosquitto started on a free loopback port from the configuration we ship (docker/mosquitto): only the
 * listener, the file locations and persistence are rewritten, accounts are added with mosquitto_passwd, and extra
 * ACL lines may be appended. As root Mosquitto would drop to its own user, which may not read a test folder, so the
 * configuration keeps it as root.
 */
public final class ShippedMosquitto implements AutoCloseable {

    public static final String MOSQUITTO = "/usr/sbin/mosquitto";
    public static final String MOSQUITTO_PASSWD = "/usr/bin/mosquitto_passwd";

    private final Process broker;
    private final int port;

    private ShippedMosquitto(Process broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /** Whether mosquitto and mosquitto_passwd are installed (Debian: mosquitto, mosquitto-clients). */
    public static boolean installed() {
        return new File(MOSQUITTO).canExecute() && new File(MOSQUITTO_PASSWD).canExecute();
    }

    /**
     * Starts the broker in {@code dir} (created; its files are replaced) with these accounts (user → password) and these
     * lines appended to the shipped ACL; returns when it accepts connections.
     */
    public static ShippedMosquitto start(Path dir, Map<String, String> accounts, List<String> extraAcl) throws Exception {
        Path folder = Files.createDirectories(dir.toAbsolutePath());
        int port = freePort();
        String conf = Files.readString(Path.of("docker/mosquitto/mosquitto.conf"))
                .replace("listener 1883", "listener " + port + " 127.0.0.1")
                .replace("/mosquitto/config/passwd", folder.resolve("passwd").toString())
                .replace("/mosquitto/config/acl", folder.resolve("acl").toString())
                .replace("persistence true", "persistence false")
                .replace("persistence_location /mosquitto/data/", "")
                + "\nuser root\n";
        Files.writeString(folder.resolve("mosquitto.conf"), conf);
        Files.copy(Path.of("docker/mosquitto/acl"), folder.resolve("acl"), StandardCopyOption.REPLACE_EXISTING);
        if (!extraAcl.isEmpty()) {
            Files.writeString(folder.resolve("acl"), Files.readString(folder.resolve("acl")) + "\n" + String.join("\n", extraAcl) + "\n");
        }
        Files.deleteIfExists(folder.resolve("passwd"));
        Files.createFile(folder.resolve("passwd"));
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            passwd(folder, account.getKey(), account.getValue());
        }
        for (String file : List.of("passwd", "acl", "mosquitto.conf")) {
            Files.setPosixFilePermissions(folder.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Process broker = new ProcessBuilder(MOSQUITTO, "-c", folder.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("mosquitto.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!listening(port)) {
            if (System.nanoTime() > deadline || !broker.isAlive()) {
                broker.destroyForcibly();
                throw new IllegalStateException("Mosquitto did not start: " + Files.readString(folder.resolve("mosquitto.log")));
            }
            Thread.sleep(50);
        }
        return new ShippedMosquitto(broker, port);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        broker.destroy();
    }

    private static void passwd(Path dir, String user, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(MOSQUITTO_PASSWD, "-b", dir.resolve("passwd").toString(), user, password)
                .redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("mosquitto_passwd failed: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() throws IOException {
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
