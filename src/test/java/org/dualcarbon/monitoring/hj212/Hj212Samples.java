package org.dualcarbon.monitoring.hj212;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/** Frames the HJ 212 tests share: the published example (domain.md §8.1) and builders for other frames. */
final class Hj212Samples {

    /** The published example's data segment, 101 characters (domain.md §8.1, {@code [verified]}). */
    static final String EXAMPLE_SEGMENT =
            "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";

    /** The published example frame, CRC {@code 1C80} (domain.md §8.1, §8.2, {@code [verified]}). */
    static final String EXAMPLE = "##0101" + EXAMPLE_SEGMENT + "1C80\r\n";

    /** A hand-written CN=2011 real-time upload from a stack CEMS (values invented for the test). */
    static final String REAL_TIME_SEGMENT = "QN=20240315103000123;ST=31;CN=2011;PW=123456;MN=88888880000001;Flag=5;"
            + "CP=&&DataTime=20240315103000;a21026-Rtd=35.2,a21026-ZsRtd=40.10,a21026-Flag=N;"
            + "a05001-Rtd=152340.5,a05001-Flag=N;a21002-Rtd=500.0,a21002-Flag=T;a19001-Rtd=8.5,a19001-Flag=C;"
            + "a01013-Rtd=-0.120,a01013-Flag=N&&";

    private static final List<String> KNOWN_CODES =
            Hj212Codes.all().stream().map(Hj212Pollutant::code).toList();
    private static final List<String> UNKNOWN_CODES = List.of("w01018", "w21003", "i12001", "a99999");

    private Hj212Samples() {
    }

    /** Wraps any data segment into a frame with the right length field, the HJ 212 CRC and CR LF. */
    static String frame(String segment) {
        return "##" + String.format("%04d", segment.length()) + segment + Hj212Crc.hj212Hex(segment) + "\r\n";
    }

    /** The published example's segment with one field's value replaced, e.g. {@code ("QN", "2016…")}. */
    static String exampleWith(String key, String value) {
        return EXAMPLE_SEGMENT.replaceFirst("(^|;)" + key + "=[^;]*", "$1" + key + "=" + value);
    }

    /** A CN=2011 real-time frame as the simulator would build it: several codes, each data flag kind. */
    static Hj212Frame realTimeFrame() {
        Hj212Cp cp = Hj212Cp.builder()
                .dataTime(LocalDateTime.of(2024, 3, 15, 10, 30, 0))
                .value("a21026", Hj212Measure.RTD, new BigDecimal("35.2"))
                .value("a21026", Hj212Measure.ZS_RTD, new BigDecimal("40.10"))
                .flag("a21026", Hj212DataFlag.N)
                .value("a21002", Hj212Measure.RTD, new BigDecimal("500.0"))
                .flag("a21002", Hj212DataFlag.T)
                .value("a05001", Hj212Measure.RTD, new BigDecimal("152340.5"))
                .flag("a05001", Hj212DataFlag.N)
                .value("a19001", Hj212Measure.RTD, new BigDecimal("8.5"))
                .flag("a19001", Hj212DataFlag.C)
                .value("a00000", Hj212Measure.RTD, new BigDecimal("61.25"))
                .value("a00000", Hj212Measure.COU, new BigDecimal("220500"))
                .flag("a00000", Hj212DataFlag.D)
                .value("a01013", Hj212Measure.RTD, new BigDecimal("-0.120"))
                .flag("a01013", Hj212DataFlag.B)
                .build();
        return Hj212Frame.builder().qn("20240315103000123").st(Hj212Systems.AIR_POLLUTION_SOURCE)
                .cn(Hj212Commands.REAL_TIME_DATA).pw("123456").mn("88888880000001")
                .flag(Hj212Flag.of(Hj212Flag.VERSION_2017, false, true)).cp(cp).build();
    }

    /** A random well-formed frame; unknown codes only when {@code withUnknownCodes}. */
    static Hj212Frame randomFrame(Random random, boolean withUnknownCodes) {
        Hj212Flag flag = Hj212Flag.of(random.nextInt(64), random.nextBoolean(), random.nextBoolean());
        Hj212PacketSplit split = null;
        if (flag.splitPacket()) {
            int total = 1 + random.nextInt(20);
            split = new Hj212PacketSplit(total, 1 + random.nextInt(total));
        }
        return Hj212Frame.builder().qnAt(randomTime(random).withNano(random.nextInt(1000) * 1_000_000))
                .st(String.format("%02d", random.nextInt(100))).cn(String.format("%04d", random.nextInt(10_000)))
                .pw(randomText(random, 1, 8)).mn(randomText(random, 1, 24)).flag(flag).split(split)
                .cp(randomCp(random, withUnknownCodes)).build();
    }

    private static Hj212Cp randomCp(Random random, boolean withUnknownCodes) {
        Hj212Cp.Builder cp = Hj212Cp.builder();
        if (random.nextBoolean()) {
            cp.dataTime(randomTime(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            cp.parameter("P" + randomText(random, 1, 6), randomText(random, 1, 10));
        }
        for (int i = random.nextInt(7); i > 0; i--) {
            randomItem(random, cp, randomCode(random, withUnknownCodes));
        }
        return cp.build();
    }

    private static void randomItem(Random random, Hj212Cp.Builder cp, String code) {
        for (Hj212Measure measure : Hj212Measure.values()) {
            if (random.nextInt(3) == 0) {
                cp.value(code, measure, BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7)));
            }
        }
        if (random.nextInt(4) != 0) {
            cp.flag(code, Hj212DataFlag.values()[random.nextInt(Hj212DataFlag.values().length)]);
        }
        if (random.nextInt(5) == 0) {
            cp.extra(code, "SampleTime", Syntax.seconds(randomTime(random)));
        }
        // an item must carry something
        cp.value(code, Hj212Measure.RTD, BigDecimal.valueOf(random.nextInt(100_000), 1));
    }

    private static String randomCode(Random random, boolean withUnknownCodes) {
        List<String> codes = withUnknownCodes && random.nextBoolean() ? UNKNOWN_CODES : KNOWN_CODES;
        return codes.get(random.nextInt(codes.size()));
    }

    private static LocalDateTime randomTime(Random random) {
        return LocalDateTime.of(2000 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60));
    }

    private static String randomText(Random random, int minLength, int maxLength) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder();
        for (int i = minLength + random.nextInt(maxLength - minLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
