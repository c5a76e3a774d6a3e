/**
 * 排放地图 — the emissions map: a year's accounted emissions of the divisions directly below a region (total tCO2e,
 * energy tce, intensity, change against the year before) drawn as a choropleth on the region's boundary file, with
 * drill-down to the districts' parks and enterprises. The demo ships simplified boundaries (简化示意边界，非标准地图);
 * a deployment configures its own standard map (审图号) by {@code dc.map.geojson-dir}.
 */
package org.dualcarbon.map;
