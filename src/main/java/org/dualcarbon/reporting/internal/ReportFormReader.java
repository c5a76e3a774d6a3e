package org.dualcarbon.reporting.internal;

import java.util.Objects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.reporting.ReportData;
import org.dualcarbon.reporting.ReportTemplate;

/**
 * Reads a data-entry form (fields {@code q.ITEM.MONTH} and {@code x.ITEM.FIELD}) into {@link ReportData}, with a
 * problem per bad field: not a number, negative, above the plausible maximum, an extra figure out of its range or
 * missing where the item has quantities. Items the template does not offer and the unit does not report are refused.
 */
public final class ReportFormReader {

    /** Far above any unit's monthly figure in any unit of measure the items use; catches pasted garbage. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    private ReportFormReader() {
    }

    public record Read(ReportData data, List<FieldProblem> problems) {
    }

    public static Read read(Map<String, String> params, ReportTemplate template, Set<String> allowedItems) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>();
        params.keySet().stream().filter(k -> k.startsWith("q.") || k.startsWith("x."))
                .forEach(k -> items.add(k.split("\\.")[1]));
        Map<String, ReportData.Item> read = new LinkedHashMap<>();
        for (String item : items) {
            if (!allowedItems.contains(item)) {
                problems.add(new FieldProblem(item, "本设施的填报表中没有此项 / not an item of this unit's form"));
                continue;
            }
            BigDecimal[] months = new BigDecimal[12];
            for (int m = 1; m <= 12; m++) {
                String field = "q." + item + "." + m;
                months[m - 1] = number(params.get(field), field, problems, BigDecimal.ZERO, MAX_QUANTITY);
            }
            Map<String, BigDecimal> fields = new LinkedHashMap<>();
            boolean reported = Arrays.stream(months).anyMatch(Objects::nonNull);
            for (ReportTemplate.ItemField f : template.fieldsOf(item)) {
                String field = "x." + item + "." + f.name();
                BigDecimal value = number(params.get(field), field, problems, f.min(), f.max());
                if (value != null) {
                    fields.put(f.name(), value);
                } else if (f.required() && reported && blank(params.get(field))) {
                    problems.add(new FieldProblem(field, "请填写" + f.label() + " / " + f.labelEn() + " is required"));
                }
            }
            if (reported || !fields.isEmpty()) {
                read.put(item, new ReportData.Item(Arrays.asList(months), fields));
            }
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("items", "没有填写任何数据 / nothing was entered"));
        }
        return new Read(new ReportData(read), problems);
    }

    private static BigDecimal number(String text, String field, List<FieldProblem> problems, BigDecimal min, BigDecimal max) {
        if (blank(text)) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "不是数字 / not a number: " + text.strip()));
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "不能为负 / may not be negative"));
            return null;
        }
        if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, "超出合理范围 / outside " + (min == null ? "" : min.toPlainString()) + "–"
                    + (max == null ? "" : max.toPlainString())));
            return null;
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
