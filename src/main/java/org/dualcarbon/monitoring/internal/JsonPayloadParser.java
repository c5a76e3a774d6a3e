package org.dualcarbon.monitoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualcarbon.monitoring.ParsedMessage;
import org.dualcarbon.monitoring.Rejection;

/**
 * Reads a JSON message against the documented schema (classpath monitoring/reading-v1.schema.json): every
 * violation is rejected with the field and the reason; unknown fields are refused, so a typo never passes silently.
 */
final class JsonPayloadParser {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern MN = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern QN = Pattern.compile("[0-9]{17}");
    private static final Pattern CODE = Pattern.compile("[a-z][0-9]{5}");
    private static final Set<String> KINDS = Set.of("Rtd", "Avg", "Min", "Max", "Cou", "ZsRtd", "ZsAvg");
    private static final Set<String> FLAGS = Set.of("N", "F", "M", "S", "D", "C", "T", "B");
    private static final Set<String> FIELDS = Set.of("mn", "qn", "dataTime", "period", "values");
    static final Set<String> PERIODS = Set.of("RT", "MIN", "HOUR", "DAY");
    private static final Set<String> VALUE_FIELDS = Set.of("code", "kind", "value", "flag");
    static final int MAX_VALUES = 200;

    private final ObjectMapper json;
    private final Set<String> knownCodes;

    JsonPayloadParser(ObjectMapper json, Set<String> knownCodes) {
        this.json = json;
        this.knownCodes = knownCodes;
    }

    ParsedMessage.Result parse(byte[] payload) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            return ParsedMessage.Result.rejected(Rejection.Code.NOT_UTF8, "不是有效的UTF-8文本 / not valid UTF-8");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return bad("$", "不是JSON / not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return bad("$", "须为JSON对象 / must be an object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return bad(name, "未知字段 / unknown field");
            }
        }
        String mn = text(root, "mn");
        if (mn == null || !MN.matcher(mn).matches()) {
            return bad("mn", "须为1–32位字母数字 / 1–32 letters or digits");
        }
        String qn = text(root, "qn");
        if (qn == null || !QN.matcher(qn).matches()) {
            return bad("qn", "须为17位数字 yyyyMMddHHmmssSSS / 17 digits");
        }
        LocalDateTime dataTime;
        try {
            String t = text(root, "dataTime");
            if (t == null) {
                return bad("dataTime", "缺失 / missing");
            }
            dataTime = OffsetDateTime.parse(t).atZoneSameInstant(BEIJING).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return bad("dataTime", "须为带时区的ISO 8601时间 / ISO 8601 with offset");
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isArray() || values.isEmpty() || values.size() > MAX_VALUES) {
            return bad("values", "须为1–" + MAX_VALUES + "项的数组 / an array of 1–" + MAX_VALUES + " items");
        }
        List<ParsedMessage.Value> read = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String at = "values[" + i + "]";
            if (!v.isObject()) {
                return bad(at, "须为对象 / must be an object");
            }
            for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!VALUE_FIELDS.contains(name)) {
                    return bad(at + "." + name, "未知字段 / unknown field");
                }
            }
            String code = text(v, "code");
            if (code == null || !CODE.matcher(code).matches()) {
                return bad(at + ".code", "须为HJ 212污染物代码，如a05001 / an HJ 212 code such as a05001");
            }
            String kind = text(v, "kind");
            if (kind == null || !KINDS.contains(kind)) {
                return bad(at + ".kind", "须为 " + KINDS + " 之一 / one of " + KINDS);
            }
            JsonNode number = v.get("value");
            if (number == null || !number.isNumber()) {
                return bad(at + ".value", "须为数字 / must be a number");
            }
            String flag = text(v, "flag");
            if (v.has("flag") && (flag == null || !FLAGS.contains(flag))) {
                return bad(at + ".flag", "须为HJ 212数据标记 " + FLAGS + " / an HJ 212 data flag");
            }
            read.add(new ParsedMessage.Value(code, kind, new BigDecimal(number.asText()), flag, knownCodes.contains(code)));
        }
        String period = root.has("period") ? text(root, "period") : "RT";
        if (period == null || !PERIODS.contains(period)) {
            return bad("period", "须为 " + PERIODS + " 之一 / one of " + PERIODS);
        }
        return ParsedMessage.Result.ok(new ParsedMessage(mn, qn, dataTime, period, read, List.of()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static ParsedMessage.Result bad(String field, String reason) {
        return ParsedMessage.Result.rejected(Rejection.Code.BAD_SCHEMA, field + ": " + reason);
    }
}
