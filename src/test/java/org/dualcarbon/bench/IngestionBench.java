package org.dualcarbon.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dualcarbon.support.ComposeSettings;
import org.dualcarbon.support.ShippedMosquitto;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.dualcarbon.support.PlatformProcess;

/**
 * Benchmark of issue 7, run on demand: {@code mvn -Pbench test -Dtest=IngestionBench} (options {@code -Dbench.messages=100000}
 * per phase, {@code -Dbench.devices=500}, {@code -Dbench.publishers=4}, {@code -Dbench.nodes=2} for several platform
 * nodes, each reading a fixed partition of the enterprises' topics; {@code -Dbench.jfr=true} records each run). Needs Mosquitto installed and MariaDB at
 * DC_TEST_MYSQL_URL (default jdbc:mysql://127.0.0.1:3306/, root).
 * <ol>
 *   <li>Starts Mosquitto from docker/mosquitto (its own port, the shipped limits) and the platform as a separate JVM on a
 *   fresh MariaDB schema (production profile, demo data, simulator off), and registers the benchmark's devices.</li>
 *   <li>Raw broker rate: the same messages, QoS 1, to a subscriber that only counts.</li>
 *   <li>Sustained ingestion: the messages on the devices' topics until every one is committed (messages/s).</li>
 *   <li>{@code kill -9} of the platform when a third of a new run is committed, a restart with the same client id
 *   while the publishers go on, and the count of lost and duplicated messages and readings at the end.</li>
 * </ol>
 * Prints the numbers and writes them to target/bench/ingestion.txt; asserts nothing about time.
 */
class IngestionBench {

    static final String PLATFORM_PASSWORD = "bench-platform-" + UUID.randomUUID();
    static final String PUBLISHER_PASSWORD = "bench-publisher-" + UUID.randomUUID();
    static final String SUBSCRIBED = "monitoring ingestion subscribed";
    static final String DEMO_LOADED = "demo data loaded";

    final int messages = Integer.getInteger("bench.messages", 100_000);
    final int deviceCount = Integer.getInteger("bench.devices", 500);
    final int publishers = Integer.getInteger("bench.publishers", 4);
    final int nodeCount = Integer.getInteger("bench.nodes", 1);
    final List<String> report = new ArrayList<>();
    final List<PlatformProcess> nodes = new ArrayList<>();
    final List<List<String>> partitions = new ArrayList<>();
    int starts;

    /** The production profile, no simulator, no TCP listener; the flood guard raised (see below). */
    static final List<String> BASE_PROPERTIES = List.of("spring.profiles.active=mysql", "server.port=0",
            "dc.simulator.enabled=false", "dc.monitoring.hj212-tcp-port=-1",
            // the benchmark's devices report far faster than field devices, and a restart's backlog arrives at once:
            // the flood guard is raised so that the benchmark measures the pipeline, not the guard
            "dc.monitoring.max-rate-per-device=100000", "dc.monitoring.burst-per-device=1000000");

    /**
     * Starts (or restarts) node {@code index} with its own client id and data folder, reading the given topic filters
     * (empty: every device's), and waits until it has subscribed.
     */
    private void startNode(int index, Map<String, String> env, List<String> partition, Path dir) throws Exception {
        List<String> properties = plus(BASE_PROPERTIES, "dc.data-dir=" + dir.resolve("data-" + (index + 1)));
        if (!partition.isEmpty()) {
            properties = plus(properties, "dc.monitoring.subscriptions=" + String.join(",", partition));
        }
        PlatformProcess node = PlatformProcess.start(with(env, "DC_NODE_ID", "bench-node-" + (index + 1)), properties,
                dir.resolve("platform-node" + (index + 1) + "-start" + (++starts) + ".log"));
        if (index < nodes.size()) {
            nodes.set(index, node);
            partitions.set(index, partition);
        } else {
            nodes.add(node);
            partitions.add(partition);
        }
        node.awaitLog(SUBSCRIBED, 600);
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(key, value);
        return copy;
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> copy = new ArrayList<>(list);
        copy.addAll(List.of(more));
        return copy;
    }

    @Test
    void ingestionThroughMosquittoIntoMariaDb() throws Exception {
        assumeTrue(ShippedMosquitto.installed(), "Mosquitto is not installed");
        String server = System.getenv().getOrDefault("DC_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
        server = server.endsWith("/") ? server : server + "/";
        String parameters = ComposeSettings.jdbcParameters();
        String schema = "dc_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path dir = Files.createDirectories(Path.of("target", "bench", "ingestion").toAbsolutePath());
        int perDevice = Math.max(1, messages / deviceCount);
        int total = perDevice * deviceCount;
        try (Connection admin = DriverManager.getConnection(server + parameters, "root", "")) {
            admin.createStatement().execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (ShippedMosquitto broker = ShippedMosquitto.start(dir.resolve("mosquitto"),
                Map.of("dc-platform", PLATFORM_PASSWORD, "dc-bench", PUBLISHER_PASSWORD),
                List.of("user dc-bench", "topic readwrite dc/#", "topic readwrite rawbench/#"));
             Connection db = DriverManager.getConnection(server + schema + parameters, "root", "")) {
            Map<String, String> env = Map.of("DC_DB_URL", server + schema + parameters, "DC_DB_USER", "root", "DC_DB_PASSWORD", "",
                    "DC_MQTT_URL", broker.url(), "DC_MQTT_USER", "dc-platform", "DC_MQTT_PASSWORD", PLATFORM_PASSWORD,
                    "DC_DEMO", "true");
            long started = System.nanoTime();
            List<BenchPublisher.Device> devices;
            if (nodeCount == 1) {
                startNode(0, env, List.of(), dir);
                nodes.get(0).awaitLog(DEMO_LOADED, 600);
                line("platform started, demo data loaded on a fresh schema, in %.1f s", seconds(started));
                devices = registerDevices(db, deviceCount);
            } else {
                // the nodes' topic partitions name enterprises, known once the demo data is in: a setup run loads it
                // (clean session, so the broker keeps nothing for it), then each node starts with its own partition
                PlatformProcess setup = PlatformProcess.start(with(env, "DC_NODE_ID", "bench-setup"),
                        plus(BASE_PROPERTIES, "dc.data-dir=" + dir.resolve("data"), "dc.mqtt.clean-session=true"),
                        dir.resolve("platform-setup.log"));
                setup.awaitLog(DEMO_LOADED, 600);
                setup.stop();
                devices = registerDevices(db, deviceCount);
                List<String> usccs = devices.stream().map(BenchPublisher.Device::uscc).distinct().sorted().toList();
                for (int n = 0; n < nodeCount; n++) {
                    int node = n;
                    startNode(node, env, java.util.stream.IntStream.range(0, usccs.size()).filter(i -> i % nodeCount == node)
                            .mapToObj(i -> "dc/" + usccs.get(i) + "/+/json").toList(), dir);
                }
                line("%d nodes started, each with a fixed partition of the enterprises' topics, in %.1f s", nodeCount, seconds(started));
            }
            line("%d devices, %d messages per phase (%d per device), %d readings per message, %d publisher connections",
                    deviceCount, total, perDevice, BenchPublisher.VALUES_PER_MESSAGE, publishers);

            LocalDateTime base = LocalDateTime.now(ZoneOffset.ofHours(8)).withNano(0).minusMinutes(40);
            try (BenchPublisher publisher = new BenchPublisher(broker.url(), "dc-bench", PUBLISHER_PASSWORD, publishers, base)) {
                rawBrokerRate(broker, publisher, devices, perDevice, total);
                sustainedIngestion(db, publisher, devices, perDevice, total);
                killNineAndRestart(db, publisher, devices, perDevice, total, env, dir);
            }
            integrity(db, devices.size(), 2L * total);
        } finally {
            for (PlatformProcess node : nodes) {
                node.killNine();
            }
            Files.write(dir.resolve("../ingestion.txt"), report);
            try (Connection admin = DriverManager.getConnection(server + parameters, "root", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private void rawBrokerRate(ShippedMosquitto broker, BenchPublisher publisher, List<BenchPublisher.Device> devices,
                               int perDevice, int total) throws Exception {
        AtomicLong counted = new AtomicLong();
        AtomicLong lastAt = new AtomicLong();
        MqttClient counter = new MqttClient(broker.url(), "bench-counter-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("dc-bench");
        options.setPassword(PUBLISHER_PASSWORD.toCharArray());
        counter.connect(options);
        counter.subscribe("rawbench/#", 1, (topic, message) -> {
            counted.incrementAndGet();
            lastAt.set(System.nanoTime());
        });
        long start = System.nanoTime();
        publisher.publish(devices, 0, perDevice, "rawbench");
        waitForCount(counted::get, total, 60);
        double seconds = (lastAt.get() - start) / 1e9;
        line("raw broker rate (QoS 1, subscriber only counts): %d of %d messages in %.1f s = %.0f messages/s",
                counted.get(), total, seconds, counted.get() / seconds);
        counter.disconnect();
        counter.close();
    }

    private void sustainedIngestion(Connection db, BenchPublisher publisher, List<BenchPublisher.Device> devices,
                                    int perDevice, int total) throws Exception {
        long start = System.nanoTime();
        publisher.publish(devices, 0, perDevice, "dc");
        double published = seconds(start);
        long stored = waitForCount(() -> count(db, "SELECT COUNT(*) FROM monitoring_message"), total, 120);
        double seconds = seconds(start);
        line("sustained ingestion (QoS 1, acknowledged after commit, MariaDB): %d of %d messages committed in %.1f s = "
                + "%.0f messages/s (%.0f readings/s); publishing took %.1f s", stored, total, seconds, stored / seconds,
                stored * BenchPublisher.VALUES_PER_MESSAGE / seconds, published);
    }

    private void killNineAndRestart(Connection db, BenchPublisher publisher, List<BenchPublisher.Device> devices, int perDevice,
                                    int total, Map<String, String> env, Path dir) throws Exception {
        long before = count(db, "SELECT COUNT(*) FROM monitoring_message");
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread publishing = new Thread(() -> {
            try {
                publisher.publish(devices, perDevice, 2 * perDevice, "dc");
            } catch (Exception e) {
                failure.set(e);
            }
        }, "bench-publishing");
        long start = System.nanoTime();
        publishing.start();
        waitForCount(() -> count(db, "SELECT COUNT(*) FROM monitoring_message"), before + total / 3, 120);
        nodes.get(0).killNine();
        long atKill = count(db, "SELECT COUNT(*) FROM monitoring_message") - before;
        line("kill -9 of %s after %d of %d messages of the second run were committed (%.1f s in)",
                nodeCount == 1 ? "the platform" : "node 1 of " + nodeCount, atKill, total, seconds(start));
        long restartedAt = System.nanoTime();
        startNode(0, env, partitions.get(0), dir);
        line("node 1 restarted in %.1f s (same client id and partition, persistent session)", seconds(restartedAt));
        publishing.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        long stored = waitForCount(() -> count(db, "SELECT COUNT(*) FROM monitoring_message"), before + total, 300) - before;
        line("after the restart: %d of %d messages of the second run committed, %.1f s after it began", stored, total, seconds(start));
    }

    private void integrity(Connection db, int devices, long expectedMessages) throws SQLException {
        long messagesStored = count(db, "SELECT COUNT(*) FROM monitoring_message m JOIN monitoring_device d ON d.id = m.device_id "
                + "WHERE d.mn LIKE 'BENCH%'");
        long distinctMessages = count(db, "SELECT COUNT(DISTINCT m.device_id, m.qn) FROM monitoring_message m "
                + "JOIN monitoring_device d ON d.id = m.device_id WHERE d.mn LIKE 'BENCH%'");
        long readings = count(db, "SELECT COUNT(*) FROM monitoring_reading r JOIN monitoring_device d ON d.id = r.device_id "
                + "WHERE d.mn LIKE 'BENCH%'");
        long distinctReadings = count(db, "SELECT COUNT(DISTINCT r.device_id, r.data_time, r.code, r.period, r.kind) "
                + "FROM monitoring_reading r JOIN monitoring_device d ON d.id = r.device_id WHERE d.mn LIKE 'BENCH%'");
        long rejected = count(db, "SELECT COUNT(*) FROM monitoring_rejected");
        line("integrity over both runs of %d devices: expected %d messages; stored %d (lost %d, duplicated %d); readings %d of %d "
                + "(lost %d, duplicated %d); rejected %d", devices, expectedMessages, messagesStored,
                expectedMessages - distinctMessages, messagesStored - distinctMessages, readings,
                expectedMessages * BenchPublisher.VALUES_PER_MESSAGE,
                expectedMessages * BenchPublisher.VALUES_PER_MESSAGE - distinctReadings, readings - distinctReadings, rejected);
    }

    /** Adds the benchmark's devices, spread over the demo enterprises, straight into the device table. */
    private static List<BenchPublisher.Device> registerDevices(Connection db, int count) throws SQLException {
        List<Object[]> enterprises = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, uscc, scope_path FROM enterprise ORDER BY id")) {
            while (rs.next()) {
                enterprises.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
            }
        }
        if (enterprises.isEmpty()) {
            throw new IllegalStateException("no demo enterprises to attach the benchmark's devices to");
        }
        List<BenchPublisher.Device> devices = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO monitoring_device (mn, name, enterprise_id, protocol, "
                + "scope_path) VALUES (?, ?, ?, 'JSON', ?)")) {
            for (int i = 0; i < count; i++) {
                Object[] enterprise = enterprises.get(i % enterprises.size());
                String mn = String.format("BENCH%06d", i);
                insert.setString(1, mn);
                insert.setString(2, "基准测试设备 " + i);
                insert.setLong(3, (Long) enterprise[0]);
                insert.setString(4, (String) enterprise[2]);
                insert.addBatch();
                devices.add(new BenchPublisher.Device((String) enterprise[1], mn));
            }
            insert.executeBatch();
        }
        return devices;
    }

    interface Count {
        long get() throws Exception;
    }

    /** Waits until the count reaches {@code target} or stops moving for {@code stallSeconds}; returns the last count. */
    private static long waitForCount(Count count, long target, int stallSeconds) throws Exception {
        long last = -1;
        long movedAt = System.nanoTime();
        while (true) {
            long now = count.get();
            if (now >= target) {
                return now;
            }
            if (now != last) {
                last = now;
                movedAt = System.nanoTime();
            } else if (seconds(movedAt) > stallSeconds) {
                return now;
            }
            Thread.sleep(100);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[IngestionBench] " + text);
        report.add(text);
    }
}
