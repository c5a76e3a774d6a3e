package org.dualcarbon.organization;

import java.util.List;

/** One page of a list with the total count. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
