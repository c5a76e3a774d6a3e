package org.dualcarbon.monitoring.hj212;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything CP carries for one code (监测因子), e.g. {@code a21026-Rtd=12.3,a21026-Flag=N} (domain.md §8.1):
 * its numeric values by {@link Hj212Measure}, its data flag ({@code null} when the device sent none) and any other
 * suffixes as text ({@code extras}, e.g. {@code SampleTime}), kept so that nothing the device sent is dropped.
 * Values keep the scale they were sent with; no arithmetic happens here.
 */
public record Hj212Item(String code, Map<Hj212Measure, BigDecimal> values, Hj212DataFlag flag,
                        Map<String, String> extras) {

    /** The suffix of the data flag, {@code a21026-Flag}. */
    static final String FLAG_SUFFIX = "Flag";

    public Hj212Item {
        if (!Syntax.isCode(code)) {
            throw new IllegalArgumentException("item code must be letters and digits, got '" + code + "'");
        }
        values = copyValues(code, values);
        extras = copyExtras(code, extras);
        if (values.isEmpty() && flag == null && extras.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " carries nothing");
        }
    }

    public Optional<BigDecimal> value(Hj212Measure measure) {
        return Optional.ofNullable(values.get(measure));
    }

    /** How the values count under the data flag; empty when the device sent no flag. */
    public Optional<Hj212DataFlag.Validity> validity() {
        return Optional.ofNullable(flag).map(Hj212DataFlag::validity);
    }

    /** The code's entry in {@link Hj212Codes}; empty for an unknown code. */
    public Optional<Hj212Pollutant> pollutant() {
        return Hj212Codes.find(code);
    }

    public boolean isKnown() {
        return Hj212Codes.isKnown(code);
    }

    private static Map<Hj212Measure, BigDecimal> copyValues(String code, Map<Hj212Measure, BigDecimal> values) {
        EnumMap<Hj212Measure, BigDecimal> copy = new EnumMap<>(Hj212Measure.class);
        values.forEach((measure, value) -> {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(value, () -> code + "-" + measure.suffix());
            if (!Syntax.isEncodableNumber(value)) {
                throw new IllegalArgumentException(code + "-" + measure.suffix() + " = " + value
                        + " has too many digits for a frame");
            }
            copy.put(measure, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> copyExtras(String code, Map<String, String> extras) {
        Map<String, String> copy = new LinkedHashMap<>();
        extras.forEach((suffix, text) -> {
            if (!Syntax.isName(suffix) || FLAG_SUFFIX.equals(suffix) || Hj212Measure.ofSuffix(suffix).isPresent()) {
                throw new IllegalArgumentException("extra suffix '" + suffix + "' of " + code
                        + " must be a name other than Flag and the measures");
            }
            if (!Syntax.isValueText(text)) {
                throw new IllegalArgumentException(code + "-" + suffix + " must be printable ASCII without ; , = &");
            }
            copy.put(suffix, text);
        });
        return Collections.unmodifiableMap(copy);
    }
}
