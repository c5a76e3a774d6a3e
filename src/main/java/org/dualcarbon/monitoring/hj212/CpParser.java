package org.dualcarbon.monitoring.hj212;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what is inside {@code CP=&&…&&} (domain.md §8.1): groups separated by {@code ;}, pairs within a group by
 * {@code ,}. {@code DataTime=yyyyMMddHHmmss}; {@code code-Suffix=value} for items (numbers for the
 * {@link Hj212Measure measures}, a letter for {@code -Flag}, text for other suffixes); any other {@code Key=value} is a
 * parameter. Every key at most once.
 */
final class CpParser {

    private static final String ITEM_SEPARATOR = "-";

    private final Hj212Cp.Builder cp = Hj212Cp.builder();
    private final Set<String> seen = new HashSet<>();

    private CpParser() {
    }

    static Hj212Cp parse(String content, DeviationRecorder deviations) throws FrameRejection {
        CpParser parser = new CpParser();
        if (!content.isEmpty()) {
            for (String group : content.split(";", -1)) {
                for (String pair : group.split(",", -1)) {
                    parser.pair(pair);
                }
            }
        }
        Hj212Cp result = parser.cp.build();
        checkCodesKnown(result.unknownCodes(), deviations);
        return result;
    }

    private void pair(String pair) throws FrameRejection {
        int eq = pair.indexOf('=');
        if (eq <= 0 || pair.indexOf('=', eq + 1) >= 0 || pair.contains("&")) {
            throw invalid("'" + Syntax.abbreviate(pair) + "' is not KEY=VALUE (empty groups, & and a second ="
                    + " are not allowed)");
        }
        String key = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        if (!seen.add(key)) {
            throw invalid(key + " appears twice");
        }
        int dash = key.indexOf(ITEM_SEPARATOR);
        if (Hj212Cp.DATA_TIME.equals(key)) {
            cp.dataTime(dataTime(value));
        } else if (dash >= 0) {
            item(key.substring(0, dash), key.substring(dash + 1), value);
        } else {
            cp.parameter(name(key, "parameter"), text(key, value));
        }
    }

    private void item(String code, String suffix, String value) throws FrameRejection {
        if (!Syntax.isCode(code) || !Syntax.isName(suffix)) {
            throw invalid("'" + code + ITEM_SEPARATOR + suffix + "' is not code-Suffix (letters and digits)");
        }
        Optional<Hj212Measure> measure = Hj212Measure.ofSuffix(suffix);
        if (measure.isPresent()) {
            if (!Syntax.isNumber(value)) {
                throw invalid(code + ITEM_SEPARATOR + suffix + "='" + Syntax.abbreviate(value)
                        + "' is not a plain decimal number");
            }
            cp.value(code, measure.get(), new BigDecimal(value));
        } else if (Hj212Item.FLAG_SUFFIX.equals(suffix)) {
            cp.flag(code, Hj212DataFlag.ofLetter(value).orElseThrow(() -> invalid(code + "-Flag='"
                    + Syntax.abbreviate(value) + "' is not one of the data flags N F M S D C T B")));
        } else {
            cp.extra(code, suffix, text(code + ITEM_SEPARATOR + suffix, value));
        }
    }

    private static LocalDateTime dataTime(String value) throws FrameRejection {
        LocalDateTime time = Syntax.isDigits(value, 14) ? Syntax.timestamp(value) : null;
        if (time == null) {
            throw invalid("DataTime='" + Syntax.abbreviate(value) + "' is not yyyyMMddHHmmss");
        }
        return time;
    }

    private static String name(String key, String what) throws FrameRejection {
        if (!Syntax.isName(key)) {
            throw invalid(what + " key '" + Syntax.abbreviate(key) + "' is not a name of letters and digits");
        }
        return key;
    }

    private static String text(String key, String value) throws FrameRejection {
        if (!Syntax.isValueText(value)) {
            throw invalid(key + " has an empty value");
        }
        return value;
    }

    private static void checkCodesKnown(List<String> unknown, DeviationRecorder deviations) throws FrameRejection {
        if (!unknown.isEmpty()) {
            deviations.require(Hj212Deviation.UNKNOWN_CODES_ALLOWED, Hj212RejectionCode.UNKNOWN_CODE,
                    "codes " + unknown + " are not in the code table (domain.md §8.1)");
        }
    }

    private static FrameRejection invalid(String detail) {
        return new FrameRejection(Hj212RejectionCode.INVALID_CP, detail);
    }
}
