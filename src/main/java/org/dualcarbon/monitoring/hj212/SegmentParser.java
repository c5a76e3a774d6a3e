package org.dualcarbon.monitoring.hj212;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the data segment's fields, {@code QN=…;ST=..;CN=....;PW=…;MN=…;Flag=.;[PNUM=..;PNO=..;]CP=&&…&&}
 * (domain.md §8.1), checks each and hands CP to {@link CpParser}.
 */
final class SegmentParser {

    private static final String QN = "QN";
    private static final String ST = "ST";
    private static final String CN = "CN";
    private static final String PW = "PW";
    private static final String MN = "MN";
    private static final String FLAG = "Flag";
    private static final String PNUM = "PNUM";
    private static final String PNO = "PNO";
    private static final String CP = "CP";
    private static final List<String> MANDATORY = List.of(QN, ST, CN, PW, MN, FLAG);
    private static final Set<String> HEADER_FIELDS = Set.of(QN, ST, CN, PW, MN, FLAG, PNUM, PNO);
    private static final String CP_START = CP + "=";
    private static final String CP_WRAP = "&&";

    private SegmentParser() {
    }

    static Hj212Frame parse(String segment, DeviationRecorder deviations) throws FrameRejection {
        int cpStart = cpStart(segment);
        Map<String, String> fields = headerFields(cpStart < 0 ? segment : segment.substring(0, cpStart));
        requirePresent(fields, cpStart >= 0);
        String qn = qn(fields.get(QN), deviations);
        String st = digits(fields, ST, 2);
        String cn = digits(fields, CN, 4);
        String pw = text(fields, PW);
        String mn = text(fields, MN);
        Hj212Flag flag = flag(fields.get(FLAG));
        Hj212PacketSplit split = split(fields, flag);
        Hj212Cp cp = CpParser.parse(cpContent(segment.substring(cpStart + CP_START.length())), deviations);
        return new Hj212Frame(qn, st, cn, pw, mn, flag, split, cp);
    }

    /** Where {@code CP=} starts: at the beginning or after a {@code ;}; header values cannot contain {@code ;}. */
    private static int cpStart(String segment) {
        if (segment.startsWith(CP_START)) {
            return 0;
        }
        int at = segment.indexOf(";" + CP_START);
        return at < 0 ? -1 : at + 1;
    }

    private static Map<String, String> headerFields(String header) throws FrameRejection {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = header.endsWith(";") ? header.substring(0, header.length() - 1) : header;
        if (body.isEmpty()) {
            return fields;
        }
        for (String field : body.split(";", -1)) {
            int eq = field.indexOf('=');
            String key = eq < 0 ? field : field.substring(0, eq);
            if (eq <= 0 || !HEADER_FIELDS.contains(key)) {
                throw new FrameRejection(Hj212RejectionCode.MALFORMED_SEGMENT, "'" + field
                        + "' is not one of the fields " + HEADER_FIELDS + " as KEY=VALUE");
            }
            if (fields.put(key, field.substring(eq + 1)) != null) {
                throw new FrameRejection(Hj212RejectionCode.MALFORMED_SEGMENT, "field " + key + " appears twice");
            }
        }
        return fields;
    }

    private static void requirePresent(Map<String, String> fields, boolean hasCp) throws FrameRejection {
        List<String> missing = new ArrayList<>();
        for (String key : MANDATORY) {
            if (!fields.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!hasCp) {
            missing.add(CP);
        }
        if (!missing.isEmpty()) {
            throw new FrameRejection(Hj212RejectionCode.MISSING_FIELD, "data segment lacks " + missing);
        }
    }

    private static String qn(String qn, DeviationRecorder deviations) throws FrameRejection {
        boolean timestamp = Syntax.timestamp(qn) != null;
        if (timestamp && qn.length() == 17) {
            return qn;
        }
        if (timestamp) {
            deviations.require(Hj212Deviation.LOCAL_TIME_WITHOUT_MS, Hj212RejectionCode.INVALID_FIELD, "QN '" + qn
                    + "' has 14 digits (yyyyMMddHHmmss), HJ 212-2017 asks for 17 (yyyyMMddHHmmssSSS)");
            return qn;
        }
        throw invalid(QN, qn, "a timestamp yyyyMMddHHmmssSSS");
    }

    private static String digits(Map<String, String> fields, String key, int count) throws FrameRejection {
        String value = fields.get(key);
        if (!Syntax.isDigits(value, count)) {
            throw invalid(key, value, count + " digits");
        }
        return value;
    }

    private static String text(Map<String, String> fields, String key) throws FrameRejection {
        String value = fields.get(key);
        if (!Syntax.isValueText(value)) {
            throw invalid(key, value, "non-empty printable ASCII without , = &");
        }
        return value;
    }

    private static Hj212Flag flag(String value) throws FrameRejection {
        int number = smallNumber(value, 3);
        if (number < 0 || number > 255) {
            throw invalid(FLAG, value, "a number 0..255");
        }
        return new Hj212Flag(number);
    }

    private static Hj212PacketSplit split(Map<String, String> fields, Hj212Flag flag) throws FrameRejection {
        boolean present = fields.containsKey(PNUM) || fields.containsKey(PNO);
        if (!flag.splitPacket()) {
            if (present) {
                throw new FrameRejection(Hj212RejectionCode.INVALID_FIELD,
                        "PNUM/PNO present but the Flag D bit (split packet) is not set, Flag=" + flag.value());
            }
            return null;
        }
        if (!fields.containsKey(PNUM) || !fields.containsKey(PNO)) {
            throw new FrameRejection(Hj212RejectionCode.MISSING_FIELD, "Flag=" + flag.value()
                    + " marks a split packet, PNUM and PNO are both required");
        }
        int total = smallNumber(fields.get(PNUM), 9);
        int number = smallNumber(fields.get(PNO), 9);
        if (total < 1 || number < 1 || number > total) {
            throw new FrameRejection(Hj212RejectionCode.INVALID_FIELD, "PNUM='" + fields.get(PNUM) + "', PNO='"
                    + fields.get(PNO) + "': need numbers with 1 <= PNO <= PNUM");
        }
        return new Hj212PacketSplit(total, number);
    }

    /** The CP value must be wrapped as {@code &&…&&}; returns what is inside. */
    private static String cpContent(String value) throws FrameRejection {
        if (value.length() < 2 * CP_WRAP.length() || !value.startsWith(CP_WRAP) || !value.endsWith(CP_WRAP)) {
            throw new FrameRejection(Hj212RejectionCode.INVALID_CP, "CP must be wrapped as &&…&& and end the "
                    + "segment, got CP=" + Syntax.abbreviate(value));
        }
        return value.substring(CP_WRAP.length(), value.length() - CP_WRAP.length());
    }

    /** A decimal of at most {@code maxDigits} digits, or -1. */
    private static int smallNumber(String value, int maxDigits) {
        if (value == null || value.isEmpty() || value.length() > maxDigits) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Syntax.isDigit(value.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(value);
    }

    private static FrameRejection invalid(String key, String value, String expected) {
        return new FrameRejection(Hj212RejectionCode.INVALID_FIELD, key + "='" + Syntax.abbreviate(value) + "' is not "
                + expected);
    }
}
