package org.dualcarbon.monitoring.hj212;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/** The lexical rules of HJ 212 fields (domain.md §8.1), shared by the parser, the encoder and the value records. */
final class Syntax {

    /** A code before {@code -} in CP, e.g. {@code a21026}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    /** A CP parameter key or item suffix, e.g. {@code RtdInterval}, {@code SampleTime}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /**
     * A plain decimal, no exponent. At most 30 digits either side of the point: a guard against absurd inputs, far
     * beyond any HJ 212 data type (the widest in the annex transcription in srdgame/lua-HJ212 hj212.csv is N13).
     */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");
    private static final int MAX_DIGITS = 30;

    private Syntax() {
    }

    static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && !(c >= 'A' && c <= 'F') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    static boolean isPrintableAscii(char c) {
        return c >= 0x20 && c <= 0x7E;
    }

    /** A field value: non-empty printable ASCII without the separators {@code ; , = &}. */
    static boolean isValueText(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPrintableAscii(c) || c == ';' || c == ',' || c == '=' || c == '&') {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** Whether {@link BigDecimal#toPlainString()} of the value is a number {@link #isNumber} accepts. */
    static boolean isEncodableNumber(BigDecimal value) {
        int integerDigits = value.precision() - value.scale();
        return value.scale() <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
    }

    /**
     * Reads {@code yyyyMMddHHmmss} (14 digits) or {@code yyyyMMddHHmmssSSS} (17 digits) as local time; null when
     * the text is neither or names no real instant (e.g. 30 February).
     */
    static LocalDateTime timestamp(String text) {
        if (!isDigits(text, 14) && !isDigits(text, 17)) {
            return null;
        }
        try {
            int nanos = text.length() == 17 ? number(text, 14, 17) * 1_000_000 : 0;
            return LocalDateTime.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8), number(text, 8, 10),
                    number(text, 10, 12), number(text, 12, 14), nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code yyyyMMddHHmmss}, as DataTime carries it. */
    static String seconds(LocalDateTime time) {
        return String.format("%04d%02d%02d%02d%02d%02d", time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond());
    }

    /** {@code yyyyMMddHHmmssSSS}, as QN carries it. */
    static String milliseconds(LocalDateTime time) {
        return seconds(time) + String.format("%03d", time.getNano() / 1_000_000);
    }

    static boolean hasFourDigitYear(LocalDateTime time) {
        return time.getYear() >= 0 && time.getYear() <= 9999;
    }

    /** A value as quoted in a rejection reason: at most 40 characters, so a reason stays one readable line. */
    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }
}
