package org.dualcarbon.monitoring.hj212;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deviations from HJ 212-2017 that one device is allowed (兼容性设置, per device; default {@link #STRICT}).
 * Stored as text, e.g. {@code "MODBUS_CRC,MISSING_CRLF"} or {@code "STRICT"}.
 */
public record Hj212Compatibility(Set<Hj212Deviation> allowed) {

    /** No deviation allowed: the frame must follow HJ 212-2017 as domain.md §8 describes it. */
    public static final Hj212Compatibility STRICT = new Hj212Compatibility(Set.of());

    private static final String STRICT_TEXT = "STRICT";

    public Hj212Compatibility {
        allowed = allowed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    public static Hj212Compatibility allowing(Hj212Deviation... deviations) {
        return new Hj212Compatibility(Set.of(deviations));
    }

    /**
     * Reads the stored form: deviation names separated by commas, or {@code STRICT} / blank for none.
     *
     * @throws IllegalArgumentException naming the unknown entry
     */
    public static Hj212Compatibility parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase(STRICT_TEXT)) {
            return STRICT;
        }
        EnumSet<Hj212Deviation> deviations = EnumSet.noneOf(Hj212Deviation.class);
        for (String entry : text.split(",")) {
            String name = entry.trim().toUpperCase(Locale.ROOT);
            try {
                deviations.add(Hj212Deviation.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown HJ 212 deviation '" + entry.trim() + "' in '" + text
                        + "'; known: " + Arrays.toString(Hj212Deviation.values()), e);
            }
        }
        return new Hj212Compatibility(deviations);
    }

    public boolean allows(Hj212Deviation deviation) {
        return allowed.contains(deviation);
    }

    /** The stored form, read back by {@link #parse(String)}. */
    public String asText() {
        return allowed.isEmpty() ? STRICT_TEXT
                : allowed.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
