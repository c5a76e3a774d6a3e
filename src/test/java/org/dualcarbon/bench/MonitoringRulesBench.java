package org.dualcarbon.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.dualcarbon.monitoring.MinuteAggregate;
import org.dualcarbon.monitoring.internal.WarningSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's benchmark, run on demand: {@code mvn -Pbench test -Dtest=MonitoringRulesBench}. A steady stream of 1-minute
 * aggregates — {@code -Dbench.devices} devices (5,000 by default: at the ~0.8 messages a second per device of a CEMS
 * reporting every few seconds, about the ingestion rate IngestionBench reached, ~4,000 messages/s), each with three
 * codes (CO2 a05001, SO2 a21026, flow a00000) — goes through the platform's stream rules (the shipped threshold table,
 * {@link WarningSession}) for {@code -Dbench.minutes} (10) minutes of pseudo-clock time as fast as it can, or of wall
 * time with {@code -Dbench.wall=true} (each minute's aggregates spread over 60 s). One device in a hundred sends SO2 over
 * its limit, so episodes and warnings are part of the load; the silence check ticks once a minute. Reports the heap
 * after a full GC (MemoryMXBean after System.gc()) before the stream and at its end, the facts in working memory, and
 * the latency of each insert + fireAllRules (p50, p90, p99, p99.9, max) over the whole run and over the last half;
 * prints it and writes target/bench/monitoring-rules.txt. Asserts nothing about time.
 */
class MonitoringRulesBench {

    static final String[] CODES = {"a05001", "a21026", "a00000"};
    static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 4, 8, 0);

    @Test
    void steadyStreamThroughTheStreamRules() throws IOException {
        int devices = Integer.getInteger("bench.devices", 5_000);
        int minutes = Integer.getInteger("bench.minutes", 10);
        boolean wall = Boolean.getBoolean("bench.wall");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StringBuilder report = new StringBuilder(String.format(
                "MonitoringRulesBench: %,d devices × %d codes, %d minutes of %s time, Java %s, %d processors, max heap %,d MB%n",
                devices, CODES.length, minutes, wall ? "wall" : "pseudo-clock", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024));
        try (WarningSession session = WarningSession.shipped()) {
            long heapStart = heapAfterGc(memory);
            long[] latencies = new long[devices * CODES.length * minutes];
            int n = 0;
            int warnings = 0;
            long started = System.nanoTime();
            for (int m = 0; m < minutes; m++) {
                long minuteStarted = System.nanoTime();
                for (int d = 0; d < devices; d++) {
                    for (String code : CODES) {
                        MinuteAggregate aggregate = aggregate(d, m, code);
                        long t = System.nanoTime();
                        warnings += session.feed(List.of(aggregate)).size();
                        latencies[n++] = System.nanoTime() - t;
                    }
                    if (wall) {
                        paceTo(minuteStarted + 60_000_000_000L * (d + 1) / devices);
                    }
                }
                warnings += session.tick(epochMillis(T0.plusMinutes(m + 1))).size();
                report.append(String.format("minute %2d: %,d facts in working memory, %,d warnings so far%n", m + 1,
                        session.factCount(), warnings));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long heapEnd = heapAfterGc(memory);
            report.append(String.format("%,d inserts in %.1f s (%,.0f inserts/s)%n", n, seconds, n / seconds));
            report.append(String.format("heap after GC: start %,.1f MB, end %,.1f MB (%+,.1f MB; %,.0f bytes per fact at the end)%n",
                    heapStart / 1e6, heapEnd / 1e6, (heapEnd - heapStart) / 1e6,
                    (heapEnd - heapStart) / (double) Math.max(1, session.factCount())));
            report.append("latency per insert + fireAllRules, whole run: ").append(percentiles(latencies, 0, n)).append('\n');
            report.append("latency per insert + fireAllRules, last half: ").append(percentiles(latencies, n / 2, n)).append('\n');
        }
        System.out.print(report);
        Path out = Path.of("target", "bench", "monitoring-rules.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Steady values that move a little every minute (no flatline, no jump); SO2 over 35 mg/m³ for every 100th device. */
    static MinuteAggregate aggregate(int device, int minute, String code) {
        double base = switch (code) {
            case "a05001" -> 200_000;
            case "a21026" -> device % 100 == 0 ? 40 : 20;
            default -> 100;
        };
        double wobble = ((device * 31 + minute * 7) % 11) / 100.0 * (code.equals("a05001") ? 100 : 1);
        BigDecimal min = BigDecimal.valueOf(base + wobble);
        BigDecimal max = BigDecimal.valueOf(base + wobble + 1);
        BigDecimal mean = BigDecimal.valueOf(base + wobble + 0.5);
        return new MinuteAggregate(device + 1, (long) (device / 4 + 1), T0.plusMinutes(minute), code, 12, 12, min, max, mean,
                "N", "/640000/");
    }

    static long epochMillis(LocalDateTime beijing) {
        return beijing.toInstant(java.time.ZoneOffset.ofHours(8)).toEpochMilli();
    }

    static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static String percentiles(long[] nanos, int from, int to) {
        long[] sorted = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(sorted);
        return String.format("p50 %s, p90 %s, p99 %s, p99.9 %s, max %s (%,d samples)", micros(sorted, 0.50), micros(sorted, 0.90),
                micros(sorted, 0.99), micros(sorted, 0.999), String.format("%,.1f µs", sorted[sorted.length - 1] / 1e3),
                sorted.length);
    }

    static String micros(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%,.1f µs", sorted[Math.max(0, index)] / 1e3);
    }

    static void paceTo(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
