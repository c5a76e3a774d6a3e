package org.dualcarbon.monitoring.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.dualcarbon.monitoring.hj212.Hj212Commands;
import org.dualcarbon.monitoring.hj212.Hj212Cp;
import org.dualcarbon.monitoring.hj212.Hj212DataFlag;
import org.dualcarbon.monitoring.hj212.Hj212Encoder;
import org.dualcarbon.monitoring.hj212.Hj212Flag;
import org.dualcarbon.monitoring.hj212.Hj212Frame;
import org.dualcarbon.monitoring.hj212.Hj212Measure;

/**
 * Plausible flue-gas readings for simulated devices: a real-time upload per call — an HJ 212-2017 frame (CN 2011) or a
 * JSON message (reading-v1.schema.json) — with CO2, flue-gas flow and, in frames, O2 and SO2 around a level of the
 * device's own. Faults are injected at the given rate, in equal shares: a gap (nothing to send), the previous message
 * again (a duplicate), a spike (×10), a wrong CRC (HJ 212; a JSON device gets a spike instead). Values are
 * illustrative, not reference data. Not thread-safe: one instance per sending thread.
 */
public final class SimulatedReadings {

    /** What the simulator injected into a message. */
    public enum Fault { NONE, GAP, DUPLICATE, SPIKE, BAD_CRC }

    /** A message to send (null for a gap) and the fault it carries. */
    public record Simulated(byte[] payload, Fault fault) {
    }

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter QN_SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final double faultRate;
    private final Random random;
    private final Hj212Encoder encoder = new Hj212Encoder();
    private final Map<String, byte[]> previous = new HashMap<>();

    public SimulatedReadings(double faultRate, long seed) {
        if (faultRate < 0 || faultRate > 1) {
            throw new IllegalArgumentException("fault rate must lie between 0 and 1, not " + faultRate);
        }
        this.faultRate = faultRate;
        this.random = new Random(seed);
    }

    /** The device's next real-time upload for data time {@code now} (Beijing time). */
    public Simulated next(SimulatedDevice device, LocalDateTime now) {
        double dice = random.nextDouble();
        if (dice < faultRate / 4) {
            return new Simulated(null, Fault.GAP);
        }
        if (dice < faultRate / 2 && previous.containsKey(device.mn())) {
            return new Simulated(previous.get(device.mn()), Fault.DUPLICATE);
        }
        boolean spike = dice < 3 * faultRate / 4 || (dice < faultRate && !device.speaksHj212());
        boolean badCrc = !spike && dice < faultRate;
        double level = 0.7 + (device.id() % 5) * 0.1;
        byte[] payload = device.speaksHj212() ? frame(device, now, level, spike ? 10 : 1, badCrc)
                : json(device, now, level, spike ? 10 : 1);
        previous.put(device.mn(), payload);
        return new Simulated(payload, spike ? Fault.SPIKE : badCrc ? Fault.BAD_CRC : Fault.NONE);
    }

    private byte[] frame(SimulatedDevice device, LocalDateTime now, double level, double spike, boolean badCrc) {
        Hj212Frame frame = Hj212Frame.builder().qnAt(now.withNano(random.nextInt(1000) * 1_000_000)).st("31")
                .cn(Hj212Commands.REAL_TIME_DATA).pw("123456").mn(device.mn()).flag(Hj212Flag.of(1, false, false))
                .cp(Hj212Cp.builder().dataTime(now)
                        .value("a05001", Hj212Measure.RTD, value(220_000 * level * spike, 0.03)).flag("a05001", Hj212DataFlag.N)
                        .value("a00000", Hj212Measure.RTD, value(280 * level, 0.05)).flag("a00000", Hj212DataFlag.N)
                        .value("a19001", Hj212Measure.RTD, value(6.5, 0.08)).flag("a19001", Hj212DataFlag.N)
                        .value("a21026", Hj212Measure.RTD, value(25 * level, 0.2)).flag("a21026", Hj212DataFlag.N).build())
                .build();
        String text = encoder.encode(frame);
        if (badCrc) {
            int crcAt = text.length() - 6;
            char c = text.charAt(crcAt);
            text = text.substring(0, crcAt) + (c == '0' ? '1' : '0') + text.substring(crcAt + 1);
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] json(SimulatedDevice device, LocalDateTime now, double level, double spike) {
        String qn = now.format(QN_SECONDS) + String.format("%03d", random.nextInt(1000));
        return ("{\"mn\":\"" + device.mn() + "\",\"qn\":\"" + qn + "\",\"dataTime\":\"" + now.atOffset(BEIJING) + "\",\"values\":["
                + "{\"code\":\"a05001\",\"kind\":\"Rtd\",\"value\":" + value(160_000 * level * spike, 0.03) + ",\"flag\":\"N\"},"
                + "{\"code\":\"a00000\",\"kind\":\"Rtd\",\"value\":" + value(12 * level, 0.05) + ",\"flag\":\"N\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A level with relative noise, to 2 decimals. */
    private BigDecimal value(double level, double noise) {
        return BigDecimal.valueOf(level * (1 + noise * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP).abs();
    }
}
