package org.dualcarbon.map.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dualcarbon.common.web.ChartJson;
import org.dualcarbon.map.AreaFigures;
import org.dualcarbon.map.DivisionMap;
import org.dualcarbon.map.MapMetric;
import org.springframework.stereotype.Component;

/**
 * The JSON the page's scripts draw from, written into data attributes (never inline script): the map's areas with
 * all their figures for {@code /js/map.js}, or a bar chart of the chosen metric for {@code /js/charts.js}.
 */
@Component
class MapPageData {

    private final ChartJson json;

    MapPageData(ChartJson json) {
        this.json = json;
    }

    String map(DivisionMap view, String link, boolean dark) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("region", view.regionCode());
        data.put("regionName", view.regionName());
        data.put("year", view.year());
        data.put("metric", view.metric().name().toLowerCase(Locale.ROOT));
        data.put("metricName", view.metric().chinese());
        data.put("unit", view.metric().unit());
        data.put("geojson", "/api/map/" + view.regionCode() + "/geojson");
        data.put("areas", view.divisions().stream().map(a -> area(a, view.metric())).toList());
        if (link != null) {
            data.put("link", link);
        }
        data.put("dark", dark);
        return json.write(data);
    }

    private static Map<String, Object> area(AreaFigures a, MapMetric metric) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("code", a.code());
        area.put("name", a.name());
        area.put("value", a.value(metric).value());
        area.put("total", a.total());
        area.put("energyTce", a.energyTce());
        area.put("intensity", a.intensity());
        area.put("yoy", a.yoy());
        area.put("units", a.units());
        return area;
    }

    /** The areas that have the metric, as a bar chart. */
    String bar(List<AreaFigures> areas, MapMetric metric) {
        List<AreaFigures> shown = areas.stream().filter(a -> a.value(metric).present()).toList();
        List<String> labels = shown.stream().map(AreaFigures::name).toList();
        List<BigDecimal> values = shown.stream().map(a -> a.value(metric).value()).toList();
        return json.write(new ChartJson.Chart("bar", labels,
                List.of(new ChartJson.Series(metric.chinese() + " " + metric.unit(), values)), metric.unit()));
    }
}
