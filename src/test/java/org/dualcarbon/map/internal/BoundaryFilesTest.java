package org.dualcarbon.map.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.identifiers.DivisionCode;
import org.dualcarbon.organization.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boundary files without Spring: the simplified one the build packages for 宁夏 (640000) has its five cities, each
 * tied to its code; a deployment's folder (dc.map.geojson-dir) replaces the packaged files, matched by name where the
 * features carry no code; unusable files are reported, never thrown.
 */
class BoundaryFilesTest {

    static final List<Region> NINGXIA_CITIES = List.of(city("640100", "银川市"), city("640200", "石嘴山市"),
            city("640300", "吴忠市"), city("640400", "固原市"), city("640500", "中卫市"));

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thePackagedNingxiaFileHasItsFiveCitiesTiedToTheirCodes() {
        Boundary boundary = packaged().find("640000", NINGXIA_CITIES);
        assertThat(boundary.source()).isEqualTo(Boundary.Source.PACKAGED);
        assertThat(boundary.label()).contains("简化示意边界，非标准地图").contains("simplified boundaries, not a standard map");
        JsonNode features = boundary.geojson().get("features");
        assertThat(features).hasSize(5);
        List<String> codes = new ArrayList<>();
        features.forEach(f -> codes.add(f.get("properties").get("adcode").asText()));
        assertThat(codes).containsExactlyInAnyOrder("640100", "640200", "640300", "640400", "640500");
        assertThat(features.get(0).get("properties").get("name").asText()).isEqualTo("银川市");
    }

    @Test
    void aRegionWithoutAFileOrWithABadCodeHasNone() {
        assertThat(packaged().find("640100", List.of()).source()).isEqualTo(Boundary.Source.MISSING);
        assertThat(packaged().find("../../etc/passwd", List.of()).source()).isEqualTo(Boundary.Source.MISSING);
    }

    @Test
    void theDeploymentsFolderReplacesThePackagedFiles() throws IOException {
        Files.writeString(dir.resolve("640000.json"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"银川"},"geometry":{"type":"Polygon",
                  "coordinates":[[[106.0,38.0],[106.5,38.0],[106.5,38.5],[106.0,38.0]]]}},
                 {"type":"Feature","properties":{"adcode":640500,"name":"Zhongwei"},"geometry":{"type":"MultiPolygon",
                  "coordinates":[[[[105.0,37.0],[105.5,37.0],[105.5,37.5],[105.0,37.0]]]]}}]}
                """);
        BoundaryFiles files = new BoundaryFiles(new MapProperties(dir.toString(), "宁S〔2024〕001号"), json);
        Boundary boundary = files.find("640000", NINGXIA_CITIES);
        assertThat(boundary.source()).isEqualTo(Boundary.Source.DEPLOYMENT);
        assertThat(boundary.label()).isEqualTo("宁S〔2024〕001号");
        JsonNode features = boundary.geojson().get("features");
        assertThat(features).hasSize(2);
        assertThat(features.get(0).get("properties").get("adcode").asText()).isEqualTo("640100");
        assertThat(features.get(0).get("properties").get("name").asText()).isEqualTo("银川市");
        assertThat(features.get(1).get("properties").get("adcode").asText()).isEqualTo("640500");
        assertThat(features.get(1).get("properties").get("name").asText()).isEqualTo("中卫市");

        assertThat(files.find("650000", List.of()).source()).as("no packaged fallback under an own map")
                .isEqualTo(Boundary.Source.MISSING);
        Files.writeString(dir.resolve("640000.json"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Files.setLastModifiedTime(dir.resolve("640000.json"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        assertThat(files.find("640000", NINGXIA_CITIES).source()).as("a changed file is read again")
                .isEqualTo(Boundary.Source.INVALID);
    }

    @Test
    void unusableFilesAreReportedWithTheirProblem() throws IOException {
        BoundaryFiles files = new BoundaryFiles(new MapProperties(dir.toString(), ""), json);
        Files.writeString(dir.resolve("640100.json"), "<svg>not json</svg>");
        Files.writeString(dir.resolve("640200.json"), "{\"type\":\"Feature\",\"geometry\":null}");
        Files.writeString(dir.resolve("640300.json"), "{\"type\":\"FeatureCollection\"}");
        Files.writeString(dir.resolve("640400.json"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[106,38]}}]}");
        assertThat(files.find("640100", List.of()).problem()).contains("640100").contains("not JSON");
        assertThat(files.find("640200", List.of()).problem()).contains("not a GeoJSON FeatureCollection");
        assertThat(files.find("640300", List.of()).problem()).contains("no features");
        assertThat(files.find("640400", List.of()).problem()).contains("feature 1 is not a polygon");
        assertThat(files.find("640400", List.of()).drawable()).isFalse();
    }

    private BoundaryFiles packaged() {
        return new BoundaryFiles(new MapProperties("", ""), json);
    }

    private static Region city(String code, String name) {
        return new Region(code, name, DivisionCode.Level.CITY, "640000", "/640000/" + code + "/");
    }
}
