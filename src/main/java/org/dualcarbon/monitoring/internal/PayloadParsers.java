package org.dualcarbon.monitoring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.Set;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.ParsedMessage;
import org.dualcarbon.monitoring.Rejection;
import org.springframework.stereotype.Component;

/** Chooses the parser by the topic's format: JSON (documented schema) or HJ 212-2017 frames. */
@Component
public class PayloadParsers {

    public static final ZoneId BEIJING = JsonPayloadParser.BEIJING;
    /** HJ 212-2017 pollutant codes the platform knows (domain.md §8.1, secondary); others are stored and flagged. */
    static final Set<String> KNOWN_CODES = Set.of("a00000", "a01011", "a01012", "a01013", "a01014", "a01016", "a19001",
            "a21026", "a21002", "a21005", "a34013", "a05001", "a05002");

    private final JsonPayloadParser json;

    PayloadParsers(ObjectMapper mapper) {
        this.json = new JsonPayloadParser(mapper, KNOWN_CODES);
    }

    public ParsedMessage.Result parse(String format, byte[] payload, MonitoringDevice device) {
        if ("json".equals(format)) {
            return json.parse(payload);
        }
        return ParsedMessage.Result.rejected(Rejection.Code.BAD_FRAME, "HJ 212 解析尚未启用 / HJ 212 frames are not read yet");
    }
}
