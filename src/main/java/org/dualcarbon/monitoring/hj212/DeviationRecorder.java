package org.dualcarbon.monitoring.hj212;

import java.util.EnumSet;
import java.util.Set;

/** Decides, during one parse, whether a deviation the frame needs is allowed, and remembers those it used. */
final class DeviationRecorder {

    private final Hj212Compatibility compatibility;
    private final EnumSet<Hj212Deviation> used = EnumSet.noneOf(Hj212Deviation.class);

    DeviationRecorder(Hj212Compatibility compatibility) {
        this.compatibility = compatibility;
    }

    boolean allows(Hj212Deviation deviation) {
        return compatibility.allows(deviation);
    }

    /** Records the deviation if the device may use it, else rejects with the code and names the deviation. */
    void require(Hj212Deviation deviation, Hj212RejectionCode code, String detail) throws FrameRejection {
        if (!compatibility.allows(deviation)) {
            throw new FrameRejection(code, detail + "; accepted only with deviation " + deviation, deviation);
        }
        used.add(deviation);
    }

    Set<Hj212Deviation> used() {
        return used;
    }
}
