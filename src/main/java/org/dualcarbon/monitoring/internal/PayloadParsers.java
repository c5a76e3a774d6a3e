package org.dualcarbon.monitoring.internal;

import java.util.stream.Collectors;
import org.dualcarbon.monitoring.hj212.Hj212Codes;
import org.dualcarbon.monitoring.hj212.Hj212Pollutant;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import org.dualcarbon.monitoring.MonitoringDevice;
import org.dualcarbon.monitoring.ParsedMessage;
import org.springframework.stereotype.Component;

/** Chooses the parser by the topic's format: JSON (documented schema) or HJ 212-2017 frames. */
@Component
public class PayloadParsers {

    public static final ZoneId BEIJING = JsonPayloadParser.BEIJING;
    private final JsonPayloadParser json;
    private final Hj212PayloadParser hj212 = new Hj212PayloadParser();

    PayloadParsers(ObjectMapper mapper) {
        // the pollutant codes the platform knows (HJ 212-2017, domain.md §8.1); others are stored and flagged
        this.json = new JsonPayloadParser(mapper, Hj212Codes.all().stream()
                .map(Hj212Pollutant::code).collect(Collectors.toSet()));
    }

    public ParsedMessage.Result parse(String format, byte[] payload, MonitoringDevice device) {
        return "json".equals(format) ? json.parse(payload) : hj212.parse(payload, device);
    }
}
