package org.dualcarbon.workflow.internal;

import java.util.List;
import org.camunda.bpm.engine.impl.Page;

/** Applies an engine query page to an in-memory result. */
final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }
}
