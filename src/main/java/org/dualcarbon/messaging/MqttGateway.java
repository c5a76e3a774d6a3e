package org.dualcarbon.messaging;

/**
 * The platform's MQTT port: publish, subscribe and connection state. Paho sits behind it so that another
 * client library can replace it (stack.md §6).
 */
public interface MqttGateway {

    void publish(String topic, byte[] payload, int qos);

    void subscribe(String topicFilter, int qos, MqttMessageHandler handler);

    /**
     * Subscribes with batched, acknowledge-after-commit delivery: messages are handed over in arrival order, up to
     * {@link #MAX_BATCH} at a time, or what arrived within {@link #MAX_BATCH_WAIT_MS} ms, or up to a pause of
     * {@link #MAX_BATCH_IDLE_MS} ms in the stream (a broker holds back what exceeds its in-flight limit until earlier
     * messages are acknowledged, so waiting longer would only stall the stream); when the handler returns,
     * each message of the batch is acknowledged in arrival order. When it throws, nothing of the batch is
     * acknowledged and the connection is renewed, so the broker delivers those messages again (persistent session).
     */
    void subscribeBatched(String topicFilter, int qos, MqttBatchHandler handler);

    int MAX_BATCH = 500;
    long MAX_BATCH_WAIT_MS = 200;
    long MAX_BATCH_IDLE_MS = 5;

    /** One received message. */
    record Received(String topic, byte[] payload) {
    }

    /** Handles a batch of messages in one go (one transaction); returning normally acknowledges all of them. */
    @FunctionalInterface
    interface MqttBatchHandler {
        void handle(java.util.List<Received> messages) throws Exception;
    }

    boolean isConnected();

    /** The broker address in use, e.g. tcp://127.0.0.1:1884. */
    String brokerUrl();

    /** Receives one message; returning normally acknowledges it (QoS 1). */
    @FunctionalInterface
    interface MqttMessageHandler {
        void handle(String topic, byte[] payload) throws Exception;
    }
}
