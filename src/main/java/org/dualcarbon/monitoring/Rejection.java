package org.dualcarbon.monitoring;

/** Why a message is rejected: a code for counting and filtering, and a sentence in Chinese and English. */
public record Rejection(Code code, String reason) {

    public enum Code {
        PAYLOAD_TOO_LARGE, BAD_TOPIC, UNKNOWN_DEVICE, DEVICE_INACTIVE, TOPIC_MISMATCH, NOT_UTF8, BAD_SCHEMA,
        BAD_FRAME, BAD_CRC, FUTURE_TIMESTAMP, OUTSIDE_WINDOW, RATE_LIMITED
    }
}
