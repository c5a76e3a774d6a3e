package org.dualcarbon.map;

/**
 * The figures of one area of the map for a year: a division below the region, or — below a district, which has none —
 * a park or an enterprise. Emissions tCO2e and energy tce are the sums of the current accounting runs, intensity is
 * tCO2e per tce, the change is in per cent against the year before; {@code units} counts the runs.
 */
public record AreaFigures(Kind kind, String code, String name, Figure total, Figure energyTce, Figure intensity,
                          Figure yoy, long units) {

    /** What the area is. */
    public enum Kind { DIVISION, PARK, ENTERPRISE }

    /** The figure the map colours by. */
    public Figure value(MapMetric metric) {
        return switch (metric) {
            case TOTAL -> total;
            case INTENSITY -> intensity;
            case YOY -> yoy;
        };
    }
}
