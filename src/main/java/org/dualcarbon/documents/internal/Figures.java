package org.dualcarbon.documents.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the documents write figures and times: tonnes and tce with four decimals and thousands separators (the
 * precision the platform stores totals in), activity data with up to four decimals, shares and changes in per cent.
 */
final class Figures {

    static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Figures() {
    }

    /** tCO2e or tce as stored: four decimals, e.g. {@code 12,345.6789}. */
    static String tonnes(BigDecimal value) {
        return value == null ? NONE : format("#,##0.0000", value.setScale(4, RoundingMode.HALF_UP));
    }

    /** A quantity with the digits it has, at most four decimals, e.g. {@code 1,200} or {@code 0.98}. */
    static String quantity(BigDecimal value) {
        return value == null ? NONE : format("#,##0.####", value);
    }

    /** {@code part} as a share of {@code whole}, e.g. {@code 12.3%}. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return NONE;
        }
        return format("0.0", part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)) + "%";
    }

    /** The change from {@code before} to {@code now} in per cent with its sign, e.g. {@code +3.2%}. */
    static String change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return NONE;
        }
        BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), MathContext.DECIMAL64);
        String text = format("0.0", pct);
        return (pct.signum() > 0 && !text.equals("0.0") ? "+" : "") + text + "%";
    }

    /** Stored text as printed: empty when absent. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    static String time(LocalDateTime time) {
        return time == null ? NONE : time.format(TIME);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
