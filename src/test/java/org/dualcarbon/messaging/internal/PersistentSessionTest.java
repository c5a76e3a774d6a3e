package org.dualcarbon.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.messaging.MqttProperties;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node that was down gets, on restart with the same client id, what the broker kept for its persistent session —
 * even though the broker sends it before the node has registered its subscriptions — and each message is
 * acknowledged once handled, so a later restart gets nothing again. Runs on the embedded broker, or on Mosquitto in CI.
 */
@PlatformTest
class PersistentSessionTest {

    static final String FILTER = "dc/PERSISTTEST/NODE/restart/#";

    @Autowired
    MqttProperties properties;
    @Autowired
    ObjectProvider<EmbeddedMqttBroker> embeddedBroker;
    @Autowired
    MqttGateway platform;

    @Test
    void messagesKeptWhileTheNodeWasDownReachItsHandlerAfterARestart() throws Exception {
        String clientId = "dc-test-node-" + System.nanoTime();
        List<String> received = new CopyOnWriteArrayList<>();

        PahoMqttGateway first = node(clientId);
        first.start();
        first.subscribeBatched(FILTER, 1, messages -> messages.forEach(m -> received.add(m.topic())));
        waitFor(first::isConnected);
        first.stop();
        // Moquette may still hand messages to the closing channel for a moment after DISCONNECT and then lose them
        // (seen once: "Broken pipe"); the node is meant to be down, so let the broker see it gone first
        Thread.sleep(500);

        for (int i = 1; i <= 20; i++) {
            platform.publish("dc/PERSISTTEST/NODE/restart/" + i, ("reading " + i).getBytes(StandardCharsets.UTF_8), 1);
        }

        PahoMqttGateway restarted = node(clientId);
        restarted.start();
        waitFor(restarted::isConnected);
        Thread.sleep(500); // the broker sends the kept messages now, before the subscription below is registered
        restarted.subscribeBatched(FILTER, 1, messages -> messages.forEach(m -> received.add(m.topic())));
        waitFor(() -> received.size() >= 20, () -> "received " + received);
        assertThat(received).hasSize(20).doesNotHaveDuplicates();
        Thread.sleep(300); // acknowledgements follow the handler's return
        restarted.stop();

        List<String> again = new CopyOnWriteArrayList<>();
        PahoMqttGateway third = node(clientId);
        third.start();
        third.subscribeBatched(FILTER, 1, messages -> messages.forEach(m -> again.add(m.topic())));
        waitFor(third::isConnected);
        Thread.sleep(1_000);
        assertThat(again).as("acknowledged messages are not delivered again").isEmpty();
        third.stop();
    }

    private PahoMqttGateway node(String clientId) {
        MqttProperties persistent = new MqttProperties(properties.embedded(), properties.embeddedHost(), properties.embeddedPort(),
                properties.url(), clientId, properties.username(), properties.password(), false);
        return new PahoMqttGateway(persistent, embeddedBroker);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, () -> "");
    }

    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 15 s; %s", state.get()).isTrue();
    }
}
