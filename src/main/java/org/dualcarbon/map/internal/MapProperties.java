package org.dualcarbon.map.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dc.map.*}: a folder of GeoJSON boundary files named {@code <adcode>.json} (a deployment's standard map; empty:
 * the simplified boundaries the build packages) and the map's approval number (审图号) shown under it.
 */
@ConfigurationProperties("dc.map")
record MapProperties(String geojsonDir, String approvalNumber) {

    boolean hasOwnMap() {
        return geojsonDir != null && !geojsonDir.isBlank();
    }
}
