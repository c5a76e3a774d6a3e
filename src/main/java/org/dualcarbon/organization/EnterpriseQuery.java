package org.dualcarbon.organization;

/** Filters and paging for the enterprise list; every filter is optional. */
public record EnterpriseQuery(String regionCode, Long parkId, Long groupId, String sector, String nameLike,
                              Boolean etsKeyEmitter, int page, int size) {

    public EnterpriseQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null, null, 0, 200);
    }

    public int offset() {
        return page * size;
    }
}
