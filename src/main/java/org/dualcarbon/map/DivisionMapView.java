package org.dualcarbon.map;

/**
 * How a page draws a {@link DivisionMap}: the map's JSON for {@code /js/map.js} with the boundary's label (and whether
 * it is the packaged simplified file), or — without a drawable boundary, and below a district — a bar chart for
 * {@code /js/charts.js} with the reason the map is missing.
 */
public record DivisionMapView(DivisionMap figures, String mapData, String label, boolean simplified, String chart,
                              String boundaryError, String boundaryNote) {
}
