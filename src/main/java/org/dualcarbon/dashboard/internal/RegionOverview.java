package org.dualcarbon.dashboard.internal;

import java.math.BigDecimal;
import java.util.List;
import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.emissions.EmissionTotals;
import org.dualcarbon.emissions.EmitterTotal;
import org.dualcarbon.map.DivisionMapView;
import org.dualcarbon.organization.Region;

/**
 * Everything the 大屏 and the touch screen show of a division in a year, read from the statistics tables: headline
 * figures, the map of the divisions below (or its bar chart), the ten-year trend, the sectors, the largest emitters
 * and the latest decoupling state (or why there is none).
 */
public record RegionOverview(Region region, int year, List<Region> trail, List<Region> children, EmissionTotals totals,
                             BigDecimal energyTce, long enterprises, Ratio yoy, Ratio intensity, DivisionMapView map,
                             String trendChart, String sectorChart, String topChart, List<EmitterTotal> top,
                             String decouplingState, String decouplingNote) {
}
