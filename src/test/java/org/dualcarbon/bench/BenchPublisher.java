package org.dualcarbon.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes the benchmark's readings with QoS 1 from several connections, as devices behind a gateway would: message
 * {@code seq} of a device carries data time {@code base + seq seconds}, so its QN (and its readings' natural keys) are
 * unique and a lost or duplicated message can be counted. Outstanding publishes per connection are bounded (Paho
 * refuses new ones beyond its in-flight window).
 */
final class BenchPublisher implements AutoCloseable {

    static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'000'");
    static final int VALUES_PER_MESSAGE = 3;
    private static final int IN_FLIGHT = 1000;

    /** A device as the benchmark publishes for it. */
    record Device(String uscc, String mn) {
    }

    private final List<MqttAsyncClient> clients = new ArrayList<>();
    private final List<Semaphore> windows = new ArrayList<>();
    private final LocalDateTime base;

    BenchPublisher(String url, String user, String password, int connections, LocalDateTime base) throws MqttException {
        this.base = base;
        for (int i = 0; i < connections; i++) {
            MqttAsyncClient client = new MqttAsyncClient(url, "bench-publisher-" + i + "-" + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setUserName(user);
            options.setPassword(password.toCharArray());
            options.setMaxInflight(IN_FLIGHT);
            options.setAutomaticReconnect(true);
            client.connect(options).waitForCompletion(10_000);
            clients.add(client);
            windows.add(new Semaphore(IN_FLIGHT));
        }
    }

    /**
     * Publishes messages {@code fromSeq} (inclusive) to {@code toSeq} (exclusive) of every device, device after device
     * for each sequence number (as a fleet reports), under {@code prefix} (dc, or another tree for the raw rate).
     */
    void publish(List<Device> devices, int fromSeq, int toSeq, String prefix) throws Exception {
        for (int seq = fromSeq; seq < toSeq; seq++) {
            LocalDateTime time = base.plusSeconds(seq);
            for (int d = 0; d < devices.size(); d++) {
                Device device = devices.get(d);
                int c = d % clients.size();
                Semaphore window = windows.get(c);
                window.acquire();
                clients.get(c).publish(prefix + "/" + device.uscc() + "/" + device.mn() + "/json", payload(device.mn(), time), 1,
                        false, null, new IMqttActionListener() {
                            @Override
                            public void onSuccess(IMqttToken token) {
                                window.release();
                            }

                            @Override
                            public void onFailure(IMqttToken token, Throwable failure) {
                                window.release();
                                System.err.println("publish failed: " + failure);
                            }
                        });
            }
        }
        for (Semaphore window : windows) {
            window.acquire(IN_FLIGHT);
            window.release(IN_FLIGHT);
        }
    }

    static byte[] payload(String mn, LocalDateTime beijing) {
        String time = beijing.atOffset(ZoneOffset.ofHours(8)).toString();
        long s = beijing.toEpochSecond(ZoneOffset.UTC);
        return ("{\"mn\":\"" + mn + "\",\"qn\":\"" + beijing.format(QN) + "\",\"dataTime\":\"" + time + "\",\"values\":["
                + "{\"code\":\"a05001\",\"kind\":\"Avg\",\"value\":" + (11 + s % 7) + "." + (s % 10) + ",\"flag\":\"N\"},"
                + "{\"code\":\"a00000\",\"kind\":\"Avg\",\"value\":" + (350000 + s % 997) + ",\"flag\":\"N\"},"
                + "{\"code\":\"a01012\",\"kind\":\"Avg\",\"value\":" + (120 + s % 13) + ",\"flag\":\"N\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws MqttException {
        for (MqttAsyncClient client : clients) {
            client.disconnect().waitForCompletion(5_000);
            client.close();
        }
    }
}
