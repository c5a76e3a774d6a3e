package org.dualcarbon.organization.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.activity.UnitMonthRecord;

/** One row of an enterprise's yearly activity table: a unit's item with its twelve monthly quantities. */
public record ActivityPivot(String unitCode, String itemName, String itemUnit, List<BigDecimal> months, BigDecimal total) {

    static List<ActivityPivot> of(List<UnitMonthRecord> records) {
        Map<String, BigDecimal[]> values = new LinkedHashMap<>();
        Map<String, UnitMonthRecord> first = new LinkedHashMap<>();
        for (UnitMonthRecord r : records) {
            String key = r.unitCode() + "|" + r.itemCode();
            values.computeIfAbsent(key, k -> new BigDecimal[12])[r.month() - 1] = r.quantity();
            first.putIfAbsent(key, r);
        }
        List<ActivityPivot> rows = new ArrayList<>();
        values.forEach((key, months) -> {
            UnitMonthRecord r = first.get(key);
            BigDecimal total = Arrays.stream(months).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new ActivityPivot(r.unitCode(), r.itemName(), r.itemUnit(), Arrays.asList(months), total));
        });
        return rows;
    }
}
