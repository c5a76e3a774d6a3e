package org.dualcarbon.messaging.internal;

import org.dualcarbon.messaging.MqttGateway;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component "mqtt": up while the platform is connected to its broker. */
@Component("mqtt")
class MqttHealthIndicator implements HealthIndicator {

    private final MqttGateway gateway;

    MqttHealthIndicator(MqttGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Health health() {
        Health.Builder builder = gateway.isConnected() ? Health.up() : Health.down();
        return builder.withDetail("broker", String.valueOf(gateway.brokerUrl())).build();
    }
}
