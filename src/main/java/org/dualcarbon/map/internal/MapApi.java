package org.dualcarbon.map.internal;

import java.net.URI;
import org.dualcarbon.map.DivisionMap;
import org.dualcarbon.map.EmissionMap;
import org.dualcarbon.map.MapMetric;
import org.dualcarbon.map.RegionNotFoundException;
import org.dualcarbon.organization.Region;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the emissions map: the figures of the areas below a region for a year, and the region's boundary file.
 * A region unknown or outside the caller's scope answers 404 naming the code; a bad metric or year 400 naming it.
 */
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
@RestController
@RequestMapping("/api/map")
class MapApi {

    private final EmissionMap map;
    private final BoundaryFiles boundaries;

    MapApi(EmissionMap map, BoundaryFiles boundaries) {
        this.map = map;
        this.boundaries = boundaries;
    }

    @GetMapping("/{regionCode}")
    DivisionMap figures(@PathVariable String regionCode, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) String metric) {
        return map.of(regionCode, year == null ? MapPages.defaultYear() : year, MapMetric.parse(metric, "metric"));
    }

    /** The GeoJSON the page registers with ECharts, each feature carrying the code of its division. */
    @GetMapping("/{regionCode}/geojson")
    ResponseEntity<Object> geojson(@PathVariable String regionCode) {
        Region region = map.region(regionCode);
        Boundary boundary = boundaries.find(region.code(), map.divisions(region));
        if (!boundary.drawable()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, boundary.problem());
            problem.setType(URI.create("urn:dualcarbon:problem:no-boundary"));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(boundary.geojson());
    }

    @ExceptionHandler(RegionNotFoundException.class)
    ProblemDetail unknownRegion(RegionNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.explanation());
        problem.setType(URI.create("urn:dualcarbon:problem:not-found"));
        return problem;
    }
}
