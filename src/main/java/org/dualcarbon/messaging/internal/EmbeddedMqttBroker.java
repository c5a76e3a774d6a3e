package org.dualcarbon.messaging.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.dualcarbon.messaging.DeviceCredentials;
import org.springframework.beans.factory.ObjectProvider;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import org.dualcarbon.messaging.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded MQTT broker (Moquette 0.17, MQTT 3.1.1) of the no-install run. It listens on loopback only;
 * it starts before the platform's client connects and stops after it.
 */
@Component
@ConditionalOnProperty(name = "dc.mqtt.embedded", havingValue = "true")
class EmbeddedMqttBroker implements SmartLifecycle {

    static final int PHASE = Integer.MIN_VALUE + 1000;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMqttBroker.class);

    private final MqttProperties properties;
    private final List<DeviceCredentials> devices;
    private final String platformPassword = newPassword();
    private Server server;
    private int port;

    private final org.springframework.context.ApplicationEventPublisher events;

    EmbeddedMqttBroker(MqttProperties properties,
                       ObjectProvider<DeviceCredentials> devices, org.springframework.context.ApplicationEventPublisher events) {
        this.properties = properties;
        this.devices = devices.orderedStream().toList();
        this.events = events;
    }

    @Override
    public synchronized void start() {
        port = properties.embeddedPort() == 0 ? freePort() : properties.embeddedPort();
        Properties config = new Properties();
        config.setProperty("host", properties.embeddedHost());
        config.setProperty("port", Integer.toString(port));
        config.setProperty("websocket_port", "disabled");
        config.setProperty("allow_anonymous", "false");
        config.setProperty("persistence_enabled", "false");
        config.setProperty("telemetry_enabled", "false");
        config.setProperty("netty.mqtt.message_size", "65536");
        server = new Server();
        try {
            EmbeddedBrokerSecurity security = new EmbeddedBrokerSecurity(platformPassword, devices, events::publishEvent);
            server.startServer(new MemoryConfig(config), List.of(), null, security, security);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded MQTT broker could not start on port " + port, e);
        }
        log.info("embedded MQTT broker listening on {}:{}", properties.embeddedHost(), port);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The platform's own account on this broker: its user name and the password made at this start. */
    String platformUser() {
        return EmbeddedBrokerSecurity.PLATFORM_USER;
    }

    String platformPassword() {
        return platformPassword;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    synchronized String url() {
        return "tcp://" + properties.embeddedHost() + ":" + port;
    }

    private int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(properties.embeddedHost()))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
