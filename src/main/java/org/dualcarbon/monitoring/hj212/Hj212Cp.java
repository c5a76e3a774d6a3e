package org.dualcarbon.monitoring.hj212;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command parameters, {@code CP=&&...&&} (指令参数, domain.md §8.1): the data time ({@code DataTime}, to the
 * second; {@code null} when absent), plain parameters such as {@code RtdInterval} or {@code QnRtn} as text, and the
 * items by code in the order received. Unknown codes stay in {@code items}; {@link #unknownCodes()} names them.
 */
public record Hj212Cp(LocalDateTime dataTime, Map<String, String> parameters, Map<String, Hj212Item> items) {

    /** The CP key of the data time. */
    static final String DATA_TIME = "DataTime";

    /** An empty CP, {@code CP=&&&&}. */
    public static final Hj212Cp EMPTY = new Hj212Cp(null, Map.of(), Map.of());

    public Hj212Cp {
        if (dataTime != null) {
            if (!Syntax.hasFourDigitYear(dataTime)) {
                throw new IllegalArgumentException("DataTime needs a 4-digit year, got " + dataTime);
            }
            dataTime = dataTime.truncatedTo(ChronoUnit.SECONDS);
        }
        parameters = copyParameters(parameters);
        items = copyItems(items);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }

    public Optional<Hj212Item> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    /** Codes of the items that {@link Hj212Codes} does not know, in the order received. */
    public List<String> unknownCodes() {
        return items.keySet().stream().filter(code -> !Hj212Codes.isKnown(code)).toList();
    }

    private static Map<String, String> copyParameters(Map<String, String> parameters) {
        Map<String, String> copy = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (!Syntax.isName(key) || DATA_TIME.equals(key)) {
                throw new IllegalArgumentException("CP parameter key must be a name other than DataTime, got '"
                        + key + "'");
            }
            if (!Syntax.isValueText(value)) {
                throw new IllegalArgumentException("CP parameter " + key
                        + " must be printable ASCII without ; , = &");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Hj212Item> copyItems(Map<String, Hj212Item> items) {
        Map<String, Hj212Item> copy = new LinkedHashMap<>();
        items.forEach((code, item) -> {
            if (!code.equals(item.code())) {
                throw new IllegalArgumentException("item under key " + code + " has code " + item.code());
            }
            copy.put(code, item);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Collects CP content value by value, as the simulator and the parser produce it; items keep first-seen order. */
    public static final class Builder {

        private LocalDateTime dataTime;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, ItemDraft> items = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder dataTime(LocalDateTime time) {
            this.dataTime = time;
            return this;
        }

        public Builder parameter(String key, String value) {
            parameters.put(key, value);
            return this;
        }

        public Builder value(String code, Hj212Measure measure, BigDecimal value) {
            draft(code).values.put(measure, value);
            return this;
        }

        public Builder flag(String code, Hj212DataFlag flag) {
            draft(code).flag = flag;
            return this;
        }

        public Builder extra(String code, String suffix, String text) {
            draft(code).extras.put(suffix, text);
            return this;
        }

        public Builder item(Hj212Item item) {
            item.values().forEach((measure, value) -> value(item.code(), measure, value));
            if (item.flag() != null) {
                flag(item.code(), item.flag());
            }
            item.extras().forEach((suffix, text) -> extra(item.code(), suffix, text));
            return this;
        }

        /** @throws IllegalArgumentException naming the code, key or value that a frame cannot carry */
        public Hj212Cp build() {
            Map<String, Hj212Item> built = new LinkedHashMap<>();
            items.forEach((code, draft) -> built.put(code, new Hj212Item(code, draft.values, draft.flag,
                    draft.extras)));
            return new Hj212Cp(dataTime, parameters, built);
        }

        private ItemDraft draft(String code) {
            return items.computeIfAbsent(code, c -> new ItemDraft());
        }
    }

    private static final class ItemDraft {
        private final Map<Hj212Measure, BigDecimal> values = new EnumMap<>(Hj212Measure.class);
        private final Map<String, String> extras = new LinkedHashMap<>();
        private Hj212DataFlag flag;
    }
}
