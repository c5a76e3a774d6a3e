package org.dualcarbon.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An industry's data-entry template (forms/reporting/SECTOR.json): the sections of the form with the activity
 * items each offers, and the extra figures an item needs (with unit, range and whether they are required).
 * A new industry needs a template file only.
 */
public record ReportTemplate(String sector, String title, String standard, List<Section> sections,
                             Map<String, List<ItemField>> itemFields) {

    public record Section(String title, String titleEn, List<String> items) {
    }

    public record ItemField(String name, String label, String labelEn, String unit, BigDecimal min, BigDecimal max,
                            boolean required) {
    }

    public List<ItemField> fieldsOf(String item) {
        return itemFields == null ? List.of() : itemFields.getOrDefault(item, List.of());
    }
}
