package org.dualcarbon.monitoring.hj212;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What {@link Hj212Parser} makes of one received frame: accepted with the deviations it needed, or rejected. */
public sealed interface Hj212ParseResult permits Hj212ParseResult.Accepted, Hj212ParseResult.Rejected {

    boolean isAccepted();

    /**
     * A parsed frame. {@code deviations} is empty for a frame that follows the standard; otherwise it lists each
     * deviation the device's {@link Hj212Compatibility} had to allow, to be recorded with the readings.
     */
    record Accepted(Hj212Frame frame, Set<Hj212Deviation> deviations) implements Hj212ParseResult {

        public Accepted {
            Objects.requireNonNull(frame, "frame");
            deviations = deviations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(deviations));
        }

        @Override
        public boolean isAccepted() {
            return true;
        }
    }

    /**
     * A rejected frame: a machine code, a human reason ("中文 / English: detail") and, when the frame would pass
     * with one deviation allowed, that deviation as the {@code remedy} an operator may choose for the device.
     */
    record Rejected(Hj212RejectionCode code, String reason, Optional<Hj212Deviation> remedy)
            implements Hj212ParseResult {

        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(remedy, "remedy");
        }

        static Rejected of(Hj212RejectionCode code, String detail, Hj212Deviation remedy) {
            String reason = code.chineseLabel() + " / " + code.englishLabel() + ": " + detail;
            return new Rejected(code, reason, Optional.ofNullable(remedy));
        }

        @Override
        public boolean isAccepted() {
            return false;
        }
    }
}
