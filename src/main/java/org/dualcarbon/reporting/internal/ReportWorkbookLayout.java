package org.dualcarbon.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.energy.ActivityItem;
import org.dualcarbon.reporting.ReportTemplate;
import org.dualcarbon.reporting.UnitReport;

/**
 * Where everything sits in a report's Excel template (填报模板), shared by the writer and the reader so that they
 * cannot drift apart: the sheets, the header texts a reader checks, the rows of the items in the order of the web
 * form, the extra figures, and the identity of the report the file was made for.
 *
 * @param rows   one per form item, in the web form's order (its template's sections, then the unit's other items)
 * @param fields one per extra figure an item asks for
 */
public record ReportWorkbookLayout(UnitReport report, ReportTemplate template, List<ItemRow> rows, List<FieldRow> fields,
                                   String version) {

    static final String DATA_SHEET = "月度数据";
    static final String FIELDS_SHEET = "补充参数";
    static final String HELP_SHEET = "填报说明";
    /** Very hidden: the identity and the drop-down lists; a filler never sees it. */
    static final String META_SHEET = "dc_meta";

    static final int DATA_HEADER_ROW = 2;
    static final int DATA_FIRST_ROW = 3;
    static final int COL_NO = 0;
    static final int COL_ITEM = 1;
    static final int COL_UNIT = 2;
    static final int COL_JAN = 3;
    static final int DATA_COLUMNS = COL_JAN + 12;

    static final int FIELDS_HEADER_ROW = 1;
    static final int FIELDS_FIRST_ROW = 2;
    static final int COL_FIELD_ITEM = 0;
    static final int COL_FIELD_NAME = 1;
    static final int COL_FIELD_VALUE = 5;
    static final int FIELDS_COLUMNS = 6;

    /** Rows and columns a sheet may have on upload: the template's and generous room, far below anything harmful. */
    public static final int MAX_ROWS_ON_UPLOAD = 500;
    public static final int MAX_COLUMNS_ON_UPLOAD = 40;

    static final String LIST_ITEMS = "DC_ITEMS";
    static final String LIST_UNITS = "DC_UNITS";

    /** The identity keys, as names in the hidden sheet, defined names (DC_…) and custom properties (dc.…). */
    static final List<String> IDENTITY_KEYS = List.of("reportId", "unitId", "unitCode", "uscc", "year", "sector",
            "templateVersion");

    /** An item's row: its code, the label of the drop-down and the unit of measure. */
    public record ItemRow(String code, String label, String unit) {
    }

    /** An extra figure's row: the item's code and label, and the template's field. */
    public record FieldRow(String itemCode, String itemLabel, ReportTemplate.ItemField field) {
    }

    static List<String> dataHeaders() {
        List<String> headers = new ArrayList<>(List.of("序号", "能源/物料品种", "计量单位"));
        for (int m = 1; m <= 12; m++) {
            headers.add(m + "月");
        }
        return headers;
    }

    static List<String> fieldHeaders() {
        return List.of("品种", "参数", "单位", "取值范围", "是否必填", "数值");
    }

    /** The layout of a report's template from its form items and the item catalogue. */
    public static ReportWorkbookLayout of(UnitReport report, ReportTemplate template, Set<String> formItems,
                                          Map<String, ActivityItem> catalog) {
        Set<String> ordered = new LinkedHashSet<>();
        template.sections().forEach(s -> s.items().stream().filter(formItems::contains).forEach(ordered::add));
        ordered.addAll(formItems);
        Map<String, Long> nameCounts = new LinkedHashMap<>();
        ordered.stream().filter(catalog::containsKey)
                .forEach(code -> nameCounts.merge(catalog.get(code).nameZh(), 1L, Long::sum));
        List<ItemRow> rows = new ArrayList<>();
        for (String code : ordered) {
            ActivityItem item = catalog.get(code);
            if (item != null) {
                // the Chinese name is what a filler picks; the code is added only where two names coincide
                String label = nameCounts.get(item.nameZh()) > 1 ? item.nameZh() + "（" + code + "）" : item.nameZh();
                rows.add(new ItemRow(code, label, item.unit()));
            }
        }
        List<FieldRow> fields = new ArrayList<>();
        rows.forEach(row -> template.fieldsOf(row.code()).forEach(f -> fields.add(new FieldRow(row.code(), row.label(), f))));
        return new ReportWorkbookLayout(report, template, List.copyOf(rows), List.copyOf(fields), version(template, rows, fields));
    }

    /**
     * Changes whenever the rows or columns of the template would: a file downloaded before its industry template
     * changed is refused with "download again" rather than read into the wrong cells.
     */
    private static String version(ReportTemplate template, List<ItemRow> rows, List<FieldRow> fields) {
        StringBuilder shape = new StringBuilder("layout-1|").append(template.sector());
        rows.forEach(r -> shape.append('|').append(r.code()).append(':').append(r.label()).append(':').append(r.unit()));
        fields.forEach(f -> shape.append('|').append(f.itemCode()).append('.').append(f.field().name()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
            return "v1-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity the file carries, by key. */
    Map<String, String> identity() {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("reportId", String.valueOf(report.id()));
        identity.put("unitId", String.valueOf(report.unitId()));
        identity.put("unitCode", report.unitCode());
        identity.put("uscc", report.uscc());
        identity.put("year", String.valueOf(report.year()));
        identity.put("sector", String.valueOf(report.sector()));
        identity.put("templateVersion", version);
        return identity;
    }

    List<String> units() {
        return rows.stream().map(ItemRow::unit).distinct().toList();
    }
}
