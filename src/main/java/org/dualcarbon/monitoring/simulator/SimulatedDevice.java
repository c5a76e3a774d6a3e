package org.dualcarbon.monitoring.simulator;

/**
 * A device as the simulator sees it: its id (which sets its level), HJ 212 MN, its enterprise's credit code (for the
 * topic) and the payload it speaks (JSON or HJ212).
 */
public record SimulatedDevice(long id, String mn, String uscc, String protocol) {

    public boolean speaksHj212() {
        return "HJ212".equals(protocol);
    }

    /** dc/{USCC}/{MN}/json or …/hj212 (docker/mosquitto/acl). */
    public String topic() {
        return "dc/" + uscc + "/" + mn + "/" + (speaksHj212() ? "hj212" : "json");
    }
}
