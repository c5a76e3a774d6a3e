package org.dualcarbon.map.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * What a boundary file must be for the map to draw it: a GeoJSON FeatureCollection (RFC 7946; ECharts' compressed
 * form with {@code UTF8Encoding} included) whose features are polygons. Returns the first problem found, or null.
 */
final class GeoJsonCheck {

    private static final Set<String> AREAS = Set.of("Polygon", "MultiPolygon");

    private GeoJsonCheck() {
    }

    static String problem(JsonNode root) {
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            return "不是 GeoJSON FeatureCollection / not a GeoJSON FeatureCollection";
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            return "没有 features / no features";
        }
        for (int i = 0; i < features.size(); i++) {
            JsonNode geometry = features.get(i).path("geometry");
            if (!AREAS.contains(geometry.path("type").asText()) || !geometry.path("coordinates").isArray()
                    || geometry.path("coordinates").isEmpty()) {
                return "第" + (i + 1) + "个要素不是面（Polygon/MultiPolygon） / feature " + (i + 1) + " is not a polygon";
            }
        }
        return null;
    }
}
