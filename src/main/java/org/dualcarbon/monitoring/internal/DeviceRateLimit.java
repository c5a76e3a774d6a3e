package org.dualcarbon.monitoring.internal;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per device: {@code dc.monitoring.max-rate-per-device} messages a second sustained, bursts up to
 * {@code dc.monitoring.burst-per-device}. A device over it is flooding: its extra messages are refused (and kept as
 * rejected), the other devices' streams are not affected.
 */
@Component
public class DeviceRateLimit {

    private final double ratePerSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    DeviceRateLimit(@Value("${dc.monitoring.max-rate-per-device:20}") double ratePerSecond,
                    @Value("${dc.monitoring.burst-per-device:200}") double burst) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    /** Takes one token for the device; false when its bucket is empty. */
    public boolean allow(String mn) {
        return buckets.computeIfAbsent(mn, k -> new Bucket(burst, System.nanoTime())).take(ratePerSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized boolean take(double rate, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
