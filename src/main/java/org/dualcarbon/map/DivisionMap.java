package org.dualcarbon.map;

import java.util.List;
import org.dualcarbon.common.identifiers.DivisionCode;

/**
 * The map of a region for a year: the figures of the divisions directly below it, or — for a district, which has no
 * divisions below — of its parks and enterprises; the way back up within the caller's scope ({@code trail}, from the
 * top down, the region last); a message when the year has no accounted run.
 */
public record DivisionMap(int year, MapMetric metric, String regionCode, String regionName, DivisionCode.Level level,
                          List<Crumb> trail, List<AreaFigures> divisions, List<AreaFigures> parks,
                          List<AreaFigures> enterprises, String message) {

    /** A region on the way up. */
    public record Crumb(String code, String name) {
    }

    /** A district: no divisions below, its parks and enterprises instead. */
    public boolean leaf() {
        return divisions.isEmpty();
    }
}
