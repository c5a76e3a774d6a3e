package org.dualcarbon.reporting;

import java.util.Objects;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a unit reports for a year: per activity item its 12 monthly quantities (null where not reported) and the
 * item's extra figures that its industry template asks for (green-certified MWh, carbon content, …).
 */
public record ReportData(Map<String, Item> items) {

    public ReportData {
        items = new LinkedHashMap<>(items);
    }

    public record Item(List<BigDecimal> months, Map<String, BigDecimal> fields) {

        public BigDecimal total() {
            return months.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long missingMonths() {
            return months.stream().filter(Objects::isNull).count();
        }
    }

    public Map<String, List<BigDecimal>> monthly() {
        Map<String, List<BigDecimal>> monthly = new LinkedHashMap<>();
        items.forEach((code, item) -> monthly.put(code, item.months()));
        return monthly;
    }

    public Map<String, Map<String, BigDecimal>> fields() {
        Map<String, Map<String, BigDecimal>> fields = new LinkedHashMap<>();
        items.forEach((code, item) -> fields.put(code, item.fields()));
        return fields;
    }
}
