package org.dualcarbon.monitoring.rollup;

import org.dualcarbon.monitoring.hj212.Hj212DataFlag;

/**
 * Whether a stored sample counts as valid: only HJ 212 data flag N (normal) does (domain.md §8.1; T over range, C
 * calibration, M maintenance, D fault and the others do not). A value sent without a flag — JSON terminals and CP
 * items without {@code -Flag} — is taken as normal, since the standard makes the flag optional; an unknown letter is
 * not valid.
 */
final class SampleValidity {

    private SampleValidity() {
    }

    static boolean valid(String flag) {
        if (flag == null || flag.isEmpty()) {
            return true;
        }
        return Hj212DataFlag.ofLetter(flag).map(Hj212DataFlag::isValid).orElse(false);
    }
}
