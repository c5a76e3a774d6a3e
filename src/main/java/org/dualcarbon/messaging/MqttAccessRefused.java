package org.dualcarbon.messaging;

/**
 * Published when the embedded broker refuses a client: a failed authentication (unknown user, wrong secret) or a
 * publish or subscribe outside the client's topics (ACL). An external Mosquitto logs these itself; its log goes to the
 * SIEM directly (docker/mosquitto).
 */
public record MqttAccessRefused(String clientId, String username, String reason) {

    /** The kinds of refusal. */
    public static final String AUTHENTICATION = "AUTHENTICATION";
    public static final String PUBLISH = "PUBLISH";
    public static final String SUBSCRIBE = "SUBSCRIBE";
}
