package org.dualcarbon.insight;

import java.math.BigDecimal;

/**
 * Where an enterprise's intensity lies among its peers — anonymised: how many, its percentile (the share of peers at or
 * below it, so 100 is the most intensive) and the quartiles, never another enterprise's name or figure. Below
 * {@link #MIN_PEERS} peers nothing but the count and the note is shown, so that no one can be singled out.
 */
public record PeerPosition(String group, int peers, BigDecimal percentile, BigDecimal p25, BigDecimal median, BigDecimal p75,
                           String note) {

    /** The smallest group shown (platform default, against re-identification). */
    public static final int MIN_PEERS = 5;
}
