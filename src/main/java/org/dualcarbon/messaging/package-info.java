/**
 * The MQTT connection (Eclipse Paho v3) behind a small port of our own, and the embedded broker (Moquette)
 * that the no-install run uses. Production points {@code dc.mqtt.url} at Mosquitto or EMQX instead.
 */
package org.dualcarbon.messaging;
