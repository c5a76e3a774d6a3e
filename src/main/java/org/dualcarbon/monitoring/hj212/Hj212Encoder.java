package org.dualcarbon.monitoring.hj212;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an {@link Hj212Frame} as an HJ 212-2017 frame: {@code ## + DDDD + segment + CCCC + CR LF}, with the HJ 212
 * CRC of domain.md §8.2 in uppercase hex. CP is written as DataTime, then the parameters, then one group per item
 * ({@code code-Rtd=…,code-Flag=N}); numbers as plain decimals with their scale. {@link Hj212Parser} reads the result
 * back to an equal frame.
 *
 * <p>{@link #emulating} makes an encoder that reproduces a field device's wire-level deviations (MODBUS CRCs, no CR
 * LF), for the data simulator and tests. Deviations in content (a 14-digit QN, unknown codes) are part of the frame.
 */
public final class Hj212Encoder {

    private static final Set<Hj212Deviation> WIRE_DEVIATIONS = EnumSet.of(Hj212Deviation.MODBUS_CRC,
            Hj212Deviation.MODBUS_CRC_SWAPPED, Hj212Deviation.MISSING_CRLF);

    private final Set<Hj212Deviation> emulated;

    /** An encoder that follows the standard. */
    public Hj212Encoder() {
        this(EnumSet.noneOf(Hj212Deviation.class));
    }

    private Hj212Encoder(Set<Hj212Deviation> emulated) {
        this.emulated = Collections.unmodifiableSet(emulated);
    }

    /**
     * An encoder that writes frames the way a deviating device does.
     *
     * @throws IllegalArgumentException for a deviation that is not about the wire format, or both MODBUS variants
     */
    public static Hj212Encoder emulating(Hj212Deviation... deviations) {
        EnumSet<Hj212Deviation> set = EnumSet.noneOf(Hj212Deviation.class);
        for (Hj212Deviation deviation : deviations) {
            if (!WIRE_DEVIATIONS.contains(deviation)) {
                throw new IllegalArgumentException(deviation + " is a property of the frame's content, not of "
                        + "encoding; emulable: " + WIRE_DEVIATIONS);
            }
            set.add(deviation);
        }
        if (set.contains(Hj212Deviation.MODBUS_CRC) && set.contains(Hj212Deviation.MODBUS_CRC_SWAPPED)) {
            throw new IllegalArgumentException("a device sends one CRC, not both MODBUS variants");
        }
        return new Hj212Encoder(set);
    }

    /** @throws IllegalArgumentException if the data segment exceeds 9999 characters (split the packet instead) */
    public String encode(Hj212Frame frame) {
        String segment = dataSegment(frame);
        if (segment.length() > Hj212Frame.MAX_SEGMENT_LENGTH) {
            throw new IllegalArgumentException("data segment of " + segment.length() + " characters exceeds the "
                    + "HJ 212 maximum of " + Hj212Frame.MAX_SEGMENT_LENGTH + "; split it (Flag D bit, PNUM/PNO)");
        }
        String trailer = emulated.contains(Hj212Deviation.MISSING_CRLF) ? "" : "\r\n";
        return "##" + String.format("%04d", segment.length()) + segment + Hj212Crc.hex(crc(segment)) + trailer;
    }

    /** {@link #encode} as the ASCII bytes to send. */
    public byte[] encodeBytes(Hj212Frame frame) {
        return encode(frame).getBytes(StandardCharsets.US_ASCII);
    }

    /** The data segment alone, {@code QN=…;…;CP=&&…&&}: what the length field counts and the CRC covers. */
    public static String dataSegment(Hj212Frame frame) {
        StringBuilder segment = new StringBuilder(256)
                .append("QN=").append(frame.qn())
                .append(";ST=").append(frame.st())
                .append(";CN=").append(frame.cn())
                .append(";PW=").append(frame.pw())
                .append(";MN=").append(frame.mn())
                .append(";Flag=").append(frame.flag().value());
        if (frame.split() != null) {
            segment.append(";PNUM=").append(frame.split().total()).append(";PNO=").append(frame.split().number());
        }
        return segment.append(";CP=&&").append(cpContent(frame.cp())).append("&&").toString();
    }

    private static String cpContent(Hj212Cp cp) {
        List<String> groups = new ArrayList<>();
        if (cp.dataTime() != null) {
            groups.add(Hj212Cp.DATA_TIME + "=" + Syntax.seconds(cp.dataTime()));
        }
        cp.parameters().forEach((key, value) -> groups.add(key + "=" + value));
        cp.items().values().forEach(item -> groups.add(itemGroup(item)));
        return String.join(";", groups);
    }

    private static String itemGroup(Hj212Item item) {
        List<String> pairs = new ArrayList<>();
        String prefix = item.code() + "-";
        item.values().forEach((measure, value) -> pairs.add(prefix + measure.suffix() + "=" + value.toPlainString()));
        if (item.flag() != null) {
            pairs.add(prefix + Hj212Item.FLAG_SUFFIX + "=" + item.flag().letter());
        }
        item.extras().forEach((suffix, text) -> pairs.add(prefix + suffix + "=" + text));
        return String.join(",", pairs);
    }

    private int crc(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.US_ASCII);
        if (emulated.contains(Hj212Deviation.MODBUS_CRC)) {
            return Hj212Crc.modbus(bytes);
        }
        if (emulated.contains(Hj212Deviation.MODBUS_CRC_SWAPPED)) {
            return Hj212Crc.swapBytes(Hj212Crc.modbus(bytes));
        }
        return Hj212Crc.hj212(bytes);
    }
}
