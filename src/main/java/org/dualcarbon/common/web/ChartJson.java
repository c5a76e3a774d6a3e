package org.dualcarbon.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Chart data for pages, as JSON that {@code /js/charts.js} turns into an ECharts option. Pages put it into a
 * {@code data-chart} attribute (HTML-escaped like any value), never into an inline script.
 */
@Component
public class ChartJson {

    private final ObjectMapper json;

    public ChartJson(ObjectMapper json) {
        this.json = json;
    }

    /** A chart: type (line, bar, pie), category labels, one or more named series, and the value unit. */
    public record Chart(String type, List<String> labels, List<Series> series, String unit) {
    }

    /** A named series of values (numbers as strings keep BigDecimal digits exact). */
    public record Series(String name, List<? extends Number> data) {
    }

    public String write(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart could not be serialised", e);
        }
    }

    public String write(Map<String, ?> anything) {
        try {
            return json.writeValueAsString(anything);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart could not be serialised", e);
        }
    }
}
