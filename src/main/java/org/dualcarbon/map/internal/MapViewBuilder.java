package org.dualcarbon.map.internal;

import org.dualcarbon.map.DivisionMap;
import org.dualcarbon.map.DivisionMapView;
import org.dualcarbon.map.DivisionMapViews;
import org.dualcarbon.map.EmissionMap;
import org.dualcarbon.organization.Region;
import org.springframework.stereotype.Component;

/** The boundary file decides: a drawable one gives the map, none (or a broken one) the bar chart with the reason. */
@Component
class MapViewBuilder implements DivisionMapViews {

    private final EmissionMap map;
    private final BoundaryFiles boundaries;
    private final MapPageData data;

    MapViewBuilder(EmissionMap map, BoundaryFiles boundaries, MapPageData data) {
        this.map = map;
        this.boundaries = boundaries;
        this.data = data;
    }

    @Override
    public DivisionMapView view(DivisionMap figures, String link, boolean dark) {
        if (figures.leaf()) {
            return new DivisionMapView(figures, null, null, false, data.bar(figures.enterprises(), figures.metric()), null, null);
        }
        Region region = map.region(figures.regionCode());
        Boundary boundary = boundaries.find(region.code(), map.divisions(region));
        if (boundary.drawable()) {
            return new DivisionMapView(figures, data.map(figures, link, dark), boundary.label(),
                    boundary.source() == Boundary.Source.PACKAGED, null, null, null);
        }
        boolean invalid = boundary.source() == Boundary.Source.INVALID;
        return new DivisionMapView(figures, null, null, false, data.bar(figures.divisions(), figures.metric()),
                invalid ? boundary.problem() : null, invalid ? null : boundary.problem());
    }
}
