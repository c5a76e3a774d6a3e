package org.dualcarbon.map.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A region's boundary file as the map draws it: the GeoJSON (every feature carrying {@code properties.adcode} where it
 * could be matched to a division), where it came from, the label shown under the map, or why there is none.
 */
record Boundary(Source source, JsonNode geojson, String label, String problem) {

    /** Where a boundary file came from, or why there is none. */
    enum Source { PACKAGED, DEPLOYMENT, MISSING, INVALID }

    static final String SIMPLIFIED = "简化示意边界，非标准地图 / simplified boundaries, not a standard map "
            + "(Apache ECharts 4.x map data, Apache-2.0)";

    static Boundary missing(String code) {
        return new Boundary(Source.MISSING, null, null, "行政区划" + code + "没有边界文件，以表格显示 / no boundary file for "
                + code + ", shown as a table");
    }

    static Boundary invalid(String code, String reason) {
        return new Boundary(Source.INVALID, null, null, "行政区划" + code + "的边界文件无法使用（" + reason
                + "），以表格显示 / the boundary file of " + code + " is unusable, shown as a table");
    }

    boolean drawable() {
        return geojson != null;
    }
}
