package org.dualcarbon.history;

import java.util.List;

/** One page of process instances, newest first. */
public record ProcessPage(List<ProcessSummary> rows, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
