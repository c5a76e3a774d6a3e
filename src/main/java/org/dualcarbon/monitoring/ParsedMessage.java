package org.dualcarbon.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A payload as a parser read it: the MN it names, its request id (QN), its data time (Beijing time), the period its
 * values cover (RT real-time, MIN, HOUR, DAY), its values and the deviations from the standard it needed.
 */
public record ParsedMessage(String mn, String qn, LocalDateTime dataTime, String period, List<Value> values,
                            List<String> deviations) {

    public ParsedMessage {
        values = List.copyOf(values);
        deviations = List.copyOf(deviations);
    }

    /** One value: pollutant code, kind (Rtd, Avg, …), value, HJ 212 flag (null if none), whether the code is known. */
    public record Value(String code, String kind, BigDecimal value, String flag, boolean knownCode) {
    }

    /** Either a parsed message or why it could not be parsed. */
    public record Result(ParsedMessage message, Rejection rejection) {

        public static Result ok(ParsedMessage message) {
            return new Result(message, null);
        }

        public static Result rejected(Rejection.Code code, String reason) {
            return new Result(null, new Rejection(code, reason));
        }
    }
}
