package org.dualcarbon.monitoring.internal;

import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the devices' topics with QoS 1. Each message is stored in its own transaction before the handler
 * returns, and Paho acknowledges it only then: a message whose transaction fails is not acknowledged, so the broker
 * delivers it again, and the unique keys absorb a redelivery of one already stored.
 */
@Component
@Order(50)
class MqttIngestion implements ApplicationRunner {

    /** dc/{USCC}/{MN}/json and …/hj212 (docker/mosquitto/acl); the platform's own …/cmd topics are not read here. */
    static final java.util.List<String> TOPICS = java.util.List.of("dc/+/+/json", "dc/+/+/hj212");
    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);

    private final MqttGateway mqtt;
    private final MonitoringIngestion ingestion;

    MqttIngestion(MqttGateway mqtt, MonitoringIngestion ingestion) {
        this.mqtt = mqtt;
        this.ingestion = ingestion;
    }

    @Override
    public void run(ApplicationArguments args) {
        TOPICS.forEach(topic -> mqtt.subscribe(topic, 1, ingestion::accept));
        log.info("monitoring ingestion subscribed to {} on {}", TOPICS, mqtt.brokerUrl());
    }
}
