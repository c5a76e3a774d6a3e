package org.dualcarbon.messaging;

/**
 * Who may connect to the embedded broker as a device (the monitoring capability answers): a device connects with
 * its MN as user name and its secret as password, and may then publish only under {@code dc/+/{MN}/#} and read only
 * {@code dc/+/{MN}/cmd/#} — the rules docker/mosquitto/acl gives Mosquitto.
 */
public interface DeviceCredentials {

    /** Whether {@code mn} is a registered, active device and {@code secret} is its secret. */
    boolean valid(String mn, byte[] secret);
}
