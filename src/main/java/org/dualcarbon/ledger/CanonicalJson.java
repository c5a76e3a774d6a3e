package org.dualcarbon.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger's canonical encoding (规范化编码): JSON with object keys sorted by their UTF-16 code units, no
 * whitespace, UTF-8; strings escape only {@code "} {@code \} and control characters (as backslash-u and four hex digits); decimals are
 * written as strings of their plain value without trailing zeros (so {@code 1.500000} from a DECIMAL(24,6) column
 * and {@code 1.5} give the same bytes), integers as numbers, absent values as {@code null}. Two equal contents
 * always give the same bytes, whatever database or driver produced them.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] bytes(Map<String, ?> object) {
        return text(object).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        write(out, object);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof BigDecimal decimal) {
            string(out, plain(decimal));
        } else if (value instanceof Double || value instanceof Float) {
            throw new IllegalArgumentException("floating-point values have no canonical form; use BigDecimal");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                write(out, item);
                first = false;
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            string(out, entry.getKey());
            out.append(':');
            write(out, entry.getValue());
            first = false;
        }
        out.append('}');
    }

    /** The plain decimal text without trailing zeros; zero is {@code 0} whatever its scale. */
    public static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
