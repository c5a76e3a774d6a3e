package org.dualcarbon.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dc.mqtt.*}: with {@code embedded} the platform starts its own broker on {@code embeddedHost:embeddedPort}
 * (1884 by default, so it never clashes with a real broker on 1883; 0 picks a free port) and connects to it;
 * otherwise it connects to {@code url} with {@code username}/{@code password}. {@code clientId} is stable per node
 * and {@code cleanSession} false, so the broker keeps the node's subscriptions and queues QoS 1 messages while the
 * node is down (security.md §6.1); each node needs its own id ({@code DC_NODE_ID}).
 */
@ConfigurationProperties("dc.mqtt")
public record MqttProperties(boolean embedded, String embeddedHost, int embeddedPort, String url, String clientId,
                             String username, String password, boolean cleanSession) {
}
