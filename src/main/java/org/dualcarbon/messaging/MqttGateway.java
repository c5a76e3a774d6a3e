package org.dualcarbon.messaging;

/**
 * The platform's MQTT port: publish, subscribe and connection state. Paho sits behind it so that another
 * client library can replace it (stack.md §6).
 */
public interface MqttGateway {

    void publish(String topic, byte[] payload, int qos);

    void subscribe(String topicFilter, int qos, MqttMessageHandler handler);

    boolean isConnected();

    /** The broker address in use, e.g. tcp://127.0.0.1:1884. */
    String brokerUrl();

    /** Receives one message; returning normally acknowledges it (QoS 1). */
    @FunctionalInterface
    interface MqttMessageHandler {
        void handle(String topic, byte[] payload) throws Exception;
    }
}
