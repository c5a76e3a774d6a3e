package org.dualcarbon.messaging.internal;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Consumer;
import org.dualcarbon.messaging.MqttAccessRefused;
import org.dualcarbon.messaging.DeviceCredentials;

/**
 * The embedded broker's accounts and topic rules, the same as docker/mosquitto/acl: the platform's own account
 * (a password made at each start, known only to this process) reads and writes everything under {@code dc/}; a
 * device logs in with its MN and secret, publishes only under {@code dc/+/{MN}/#} and reads only its commands.
 * No anonymous clients.
 */
final class EmbeddedBrokerSecurity implements IAuthenticator, IAuthorizatorPolicy {

    static final String PLATFORM_USER = "dc-platform";

    private final byte[] platformPassword;
    private final List<DeviceCredentials> devices;
    private final Consumer<MqttAccessRefused> refusals;

    EmbeddedBrokerSecurity(String platformPassword, List<DeviceCredentials> devices, Consumer<MqttAccessRefused> refusals) {
        this.platformPassword = platformPassword.getBytes(StandardCharsets.UTF_8);
        this.devices = devices;
        this.refusals = refusals;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        boolean valid = username != null && password != null && (PLATFORM_USER.equals(username)
                ? MessageDigest.isEqual(platformPassword, password)
                : devices.stream().anyMatch(d -> d.valid(username, password)));
        return refusedUnless(valid, clientId, username, MqttAccessRefused.AUTHENTICATION);
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        boolean allowed = PLATFORM_USER.equals(user) ? under(topic, "dc") : ownDeviceTopic(topic, user) && !isCommand(topic);
        return refusedUnless(allowed, client, user, MqttAccessRefused.PUBLISH);
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        boolean allowed = PLATFORM_USER.equals(user) ? under(topic, "dc") : ownDeviceTopic(topic, user) && isCommand(topic);
        return refusedUnless(allowed, client, user, MqttAccessRefused.SUBSCRIBE);
    }

    private boolean refusedUnless(boolean allowed, String clientId, String username, String reason) {
        if (!allowed) {
            refusals.accept(new MqttAccessRefused(clientId, username, reason));
        }
        return allowed;
    }

    private static boolean under(Topic topic, String root) {
        return topic.toString().equals(root) || topic.toString().startsWith(root + "/");
    }

    /** dc/{enterprise}/{user}/… */
    private static boolean ownDeviceTopic(Topic topic, String user) {
        String[] levels = topic.toString().split("/", -1);
        return user != null && levels.length >= 4 && levels[0].equals("dc") && !levels[1].isEmpty()
                && !levels[1].equals("+") && !levels[1].equals("#") && levels[2].equals(user);
    }

    private static boolean isCommand(Topic topic) {
        String[] levels = topic.toString().split("/", -1);
        return levels.length >= 4 && levels[3].equals("cmd");
    }
}
