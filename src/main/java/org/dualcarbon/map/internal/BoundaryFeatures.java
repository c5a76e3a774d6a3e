package org.dualcarbon.map.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.organization.Region;

/**
 * Ties a boundary file's features to the divisions below its region: by the feature's code ({@code properties.adcode},
 * the feature {@code id} or {@code properties.code}), else by name ("银川" matches "银川市"). Each matched feature gets
 * {@code properties.adcode} and the division's name, which the map's series joins its figures on.
 */
final class BoundaryFeatures {

    private BoundaryFeatures() {
    }

    /** Writes the codes into the features; returns how many features matched no division. */
    static int tie(JsonNode geojson, List<Region> divisions) {
        int unmatched = 0;
        for (JsonNode feature : geojson.get("features")) {
            if (!feature.isObject()) {
                unmatched++;
                continue;
            }
            ObjectNode properties = feature.path("properties").isObject() ? (ObjectNode) feature.get("properties")
                    : ((ObjectNode) feature).putObject("properties");
            Optional<Region> division = byCode(feature, properties, divisions).or(() -> byName(properties, divisions));
            if (division.isPresent()) {
                properties.put("adcode", division.get().code());
                properties.put("name", division.get().name());
            } else {
                unmatched++;
            }
        }
        return unmatched;
    }

    private static Optional<Region> byCode(JsonNode feature, JsonNode properties, List<Region> divisions) {
        for (JsonNode code : List.of(properties.path("adcode"), feature.path("id"), properties.path("code"))) {
            String text = code.isValueNode() ? code.asText().trim() : "";
            Optional<Region> found = divisions.stream().filter(d -> d.code().equals(text)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Region> byName(JsonNode properties, List<Region> divisions) {
        String name = properties.path("name").asText("").trim();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return divisions.stream().filter(d -> d.name().equals(name)).findFirst()
                .or(() -> divisions.stream().filter(d -> d.name().startsWith(name) || name.startsWith(d.name())).findFirst());
    }
}
