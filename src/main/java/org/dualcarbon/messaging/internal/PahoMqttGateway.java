package org.dualcarbon.messaging.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.messaging.MqttProperties;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The platform's MQTT connection (Paho v3: Moquette speaks no MQTT 5). Reconnects automatically with Paho's
 * back-off and re-subscribes after every reconnect. A broker that is down at start-up does not stop the
 * platform: the health endpoint reports it, and the client keeps trying. Acknowledgements are manual: every received
 * message goes through one {@link AckAfterCommitQueue} and is acknowledged, in arrival order, only after its handler
 * has returned. With a persistent session the broker sends what it kept for this client as soon as it connects —
 * before this process has registered its subscriptions: such messages wait here, unacknowledged, until a matching
 * subscription is registered (otherwise they would sit in the broker's in-flight window for good and stall the stream).
 */
@Component
class PahoMqttGateway implements MqttGateway, SmartLifecycle, MqttCallbackExtended {

    private static final Logger log = LoggerFactory.getLogger(PahoMqttGateway.class);

    private final MqttProperties properties;
    private final ObjectProvider<EmbeddedMqttBroker> embeddedBroker;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    /** Messages of a persistent session that arrived before their subscription was registered in this process. */
    private final List<Unrouted> unrouted = new ArrayList<>();
    private final Object routing = new Object();
    private final java.util.concurrent.atomic.AtomicLong connection = new java.util.concurrent.atomic.AtomicLong();
    private final AckAfterCommitQueue queue = new AckAfterCommitQueue(new AckAfterCommitQueue.Connection() {
        @Override
        public long epoch() {
            return connection.get();
        }

        @Override
        public void acknowledge(int id, int qos) throws MqttException {
            if (qos > 0) {
                client.messageArrivedComplete(id, qos);
            }
        }

        @Override
        public void renew() {
            renewConnection();
        }
    });
    private MqttClient client;
    private String url;

    PahoMqttGateway(MqttProperties properties, ObjectProvider<EmbeddedMqttBroker> embeddedBroker) {
        this.properties = properties;
        this.embeddedBroker = embeddedBroker;
    }

    @Override
    public synchronized void start() {
        url = Optional.ofNullable(embeddedBroker.getIfAvailable()).map(EmbeddedMqttBroker::url).orElse(properties.url());
        try {
            client = new MqttClient(url, properties.clientId(), new MemoryPersistence());
            client.setManualAcks(true);
            client.setCallback(this);
            client.connect(options());
            log.info("connected to MQTT broker {}", url);
        } catch (MqttException e) {
            log.warn("MQTT broker {} not reachable at start-up ({}); retrying in the background", url, e.getMessage());
            reconnectInBackground();
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(properties.cleanSession());
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        EmbeddedMqttBroker embedded = embeddedBroker.getIfAvailable();
        if (embedded != null) {
            options.setUserName(embedded.platformUser());
            options.setPassword(embedded.platformPassword().toCharArray());
        } else if (properties.username() != null && !properties.username().isBlank()) {
            options.setUserName(properties.username());
            options.setPassword(properties.password() == null ? new char[0] : properties.password().toCharArray());
        }
        return options;
    }

    private void reconnectInBackground() {
        Thread retry = new Thread(() -> {
            long delay = 1_000;
            while (isRunning() && !isConnected()) {
                try {
                    Thread.sleep(delay);
                    client.connect(options());
                    log.info("connected to MQTT broker {}", url);
                } catch (MqttException e) {
                    delay = Math.min(delay * 2, 120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "mqtt-reconnect");
        retry.setDaemon(true);
        retry.start();
    }

    /** Drops the connection and makes a new one, so the broker delivers every unacknowledged message again. */
    private void renewConnection() {
        MqttClient current = client;
        if (current == null) {
            return;
        }
        try {
            current.disconnectForcibly(1_000, 1_000);
        } catch (MqttException e) {
            log.debug("forced MQTT disconnect: {}", e.getMessage());
        }
        reconnectInBackground();
    }

    /** Messages waiting for their handler (back-pressure shows here first). */
    int queueDepth() {
        return queue.depth();
    }

    @Override
    public synchronized void stop() {
        queue.stop();
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(2_000);
                }
                client.close();
            } catch (MqttException e) {
                log.warn("MQTT client did not close cleanly: {}", e.getMessage());
            }
            client = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return EmbeddedMqttBroker.PHASE + 1;
    }

    @Override
    public boolean isConnected() {
        MqttClient current = client;
        return current != null && current.isConnected();
    }

    @Override
    public String brokerUrl() {
        return url;
    }

    @Override
    public void publish(String topic, byte[] payload, int qos) {
        try {
            client.publish(topic, payload, qos, false);
        } catch (MqttException e) {
            throw new IllegalStateException("MQTT publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void subscribe(String topicFilter, int qos, MqttMessageHandler handler) {
        subscribeBatched(topicFilter, qos, messages -> {
            for (Received m : messages) {
                handler.handle(m.topic(), m.payload());
            }
        });
    }

    @Override
    public void subscribeBatched(String topicFilter, int qos, MqttBatchHandler handler) {
        try {
            register(topicFilter, new Subscription(qos, handler));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while subscribing to " + topicFilter, e);
        }
        if (isConnected()) {
            subscribeNow(topicFilter, subscriptions.get(topicFilter));
        }
    }

    private void subscribeNow(String filter, Subscription subscription) {
        try {
            client.subscribe(filter, subscription.qos());
        } catch (MqttException e) {
            log.warn("MQTT subscribe to {} failed: {}", filter, e.getMessage());
        }
    }

    /** Registers the handler and hands it the messages that arrived for it before it was there, in arrival order. */
    private void register(String topicFilter, Subscription subscription) throws InterruptedException {
        synchronized (routing) {
            subscriptions.put(topicFilter, subscription);
            for (Iterator<Unrouted> it = unrouted.iterator(); it.hasNext(); ) {
                Unrouted waiting = it.next();
                if (MqttTopic.isMatched(topicFilter, waiting.topic())) {
                    queue.put(pending(subscription, waiting.topic(), waiting.message(), waiting.connection()));
                    it.remove();
                }
            }
        }
    }

    private AckAfterCommitQueue.Pending pending(Subscription subscription, String topic, MqttMessage message, long epoch) {
        return new AckAfterCommitQueue.Pending(subscription.handler(), new Received(topic, message.getPayload()),
                message.getId(), message.getQos(), epoch);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connection.incrementAndGet();
        if (reconnect) {
            log.info("reconnected to MQTT broker {}", serverUri);
        }
        subscriptions.forEach(this::subscribeNow);
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("MQTT connection to {} lost: {}", url, cause == null ? "unknown" : cause.getMessage());
    }

    /** Every message of every subscription comes here, on Paho's callback thread; blocks while the queue is full. */
    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        long epoch = connection.get();
        synchronized (routing) {
            Subscription subscription = subscriptions.entrySet().stream()
                    .filter(s -> MqttTopic.isMatched(s.getKey(), topic)).map(Map.Entry::getValue).findFirst().orElse(null);
            if (subscription == null) {
                unrouted.add(new Unrouted(topic, message, epoch));
                return;
            }
            queue.put(pending(subscription, topic, message, epoch));
        }
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // QoS handshakes are Paho's business
    }

    private record Subscription(int qos, MqttBatchHandler handler) {
    }

    private record Unrouted(String topic, MqttMessage message, long connection) {
    }
}
