package org.dualcarbon.monitoring.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.monitoring.MonitoringIngestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Subscribes to the devices' topics with QoS 1, in batches: each batch (up to 500 messages or 200 ms) is stored in one
 * transaction and only then acknowledged, message by message in arrival order; a batch whose transaction fails is not
 * acknowledged, so the broker delivers it again, and the unique keys absorb a redelivery of one already stored.
 */
@Component
@Order(50)
class MqttIngestion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MqttIngestion.class);
    private static final Pattern FILTER = Pattern.compile("dc/[^/#]+/[^/#]+/(json|hj212)");

    private final MqttGateway mqtt;
    private final MonitoringIngestion ingestion;
    private final List<String> topics;

    /**
     * {@code dc.monitoring.subscriptions}: the topic filters this node reads — by default every device
     * ({@code dc/+/+/json}, {@code dc/+/+/hj212}); with several nodes each gets its own fixed set, e.g. the enterprises
     * {@code dc/91640181MA00000001/+/json}, so that one device's stream always reaches the same node (design.md).
     */
    MqttIngestion(MqttGateway mqtt, MonitoringIngestion ingestion,
                  @Value("${dc.monitoring.subscriptions:dc/+/+/json,dc/+/+/hj212}")
                  List<String> topics) {
        this.mqtt = mqtt;
        this.ingestion = ingestion;
        for (String topic : topics) {
            if (!FILTER.matcher(topic.strip()).matches()) {
                throw new IllegalStateException("dc.monitoring.subscriptions: " + topic + " is not dc/{USCC or +}/{MN or +}/json|hj212");
            }
        }
        this.topics = topics.stream().map(String::strip).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        topics.forEach(topic -> mqtt.subscribeBatched(topic, 1, ingestion::acceptBatch));
        log.info("monitoring ingestion subscribed to {} on {}", topics, mqtt.brokerUrl());
    }
}
