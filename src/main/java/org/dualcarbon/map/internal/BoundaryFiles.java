package org.dualcarbon.map.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dualcarbon.organization.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The boundary files of the map, one per region, named {@code <adcode>.json}: the deployment's own (its standard map,
 * {@code dc.map.geojson-dir}) when configured — then only those — else the simplified ones the build packages under
 * {@code geo/} on the classpath. A file is checked when loaded; an unusable one is logged once and reported, never thrown.
 */
@Component
class BoundaryFiles {

    private static final Logger log = LoggerFactory.getLogger(BoundaryFiles.class);
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final MapProperties settings;
    private final ObjectMapper json;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    BoundaryFiles(MapProperties settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    private record Loaded(long modified, Boundary boundary) {
    }

    /** The boundary file of the region with its features tied to the divisions below it. */
    Boundary find(String code, List<Region> divisions) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Boundary.missing(code);
        }
        return settings.hasOwnMap() ? deployment(code, divisions) : packaged(code, divisions);
    }

    private Boundary deployment(String code, List<Region> divisions) {
        Path file = Path.of(settings.geojsonDir().trim()).resolve(code + ".json");
        try {
            if (!Files.isRegularFile(file)) {
                return Boundary.missing(code);
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            Loaded known = cache.get(code);
            if (known != null && known.modified() == modified) {
                return known.boundary();
            }
            Boundary boundary;
            try (InputStream in = Files.newInputStream(file)) {
                boundary = load(code, in, file.toString(), Boundary.Source.DEPLOYMENT, deploymentLabel(), divisions);
            }
            cache.put(code, new Loaded(modified, boundary));
            return boundary;
        } catch (IOException e) {
            log.error("boundary file {} of region {} could not be read: {}", file, code, e.toString());
            return Boundary.invalid(code, "无法读取 / unreadable");
        }
    }

    private Boundary packaged(String code, List<Region> divisions) {
        return cache.computeIfAbsent(code, c -> {
            ClassPathResource resource = new ClassPathResource("geo/" + c + ".json");
            if (!resource.exists()) {
                return new Loaded(0, Boundary.missing(c));
            }
            try (InputStream in = resource.getInputStream()) {
                return new Loaded(0, load(c, in, "classpath:geo/" + c + ".json", Boundary.Source.PACKAGED,
                        Boundary.SIMPLIFIED, divisions));
            } catch (IOException e) {
                log.error("packaged boundary file of region {} could not be read: {}", c, e.toString());
                return new Loaded(0, Boundary.invalid(c, "无法读取 / unreadable"));
            }
        }).boundary();
    }

    private Boundary load(String code, InputStream in, String where, Boundary.Source source, String label,
                          List<Region> divisions) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            log.error("boundary file {} of region {} rejected: not JSON ({})", where, code, e.getOriginalMessage());
            return Boundary.invalid(code, "不是有效的 JSON / not JSON");
        }
        String problem = GeoJsonCheck.problem(root);
        if (problem != null) {
            log.error("boundary file {} of region {} rejected: {}", where, code, problem);
            return Boundary.invalid(code, problem);
        }
        int unmatched = BoundaryFeatures.tie(root, divisions);
        if (unmatched > 0) {
            log.warn("boundary file {} of region {}: {} of {} features match no division below it", where, code,
                    unmatched, root.get("features").size());
        }
        return new Boundary(source, root, label, null);
    }

    private String deploymentLabel() {
        String number = settings.approvalNumber();
        return number == null || number.isBlank() ? "地图由部署方提供 / map provided by the deployment" : number.trim();
    }
}
