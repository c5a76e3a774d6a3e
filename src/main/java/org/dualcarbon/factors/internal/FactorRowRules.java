package org.dualcarbon.factors.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.factors.FactorParameter;

/**
 * What a factor row's fields may hold: the unit each parameter is stored in (domain.md §2 rule 3: units are
 * stored, never implied) and a plausible range that catches unit slips (tC/TJ typed as tC/GJ, % typed as a
 * fraction).
 */
final class FactorRowRules {

    private record Rule(Set<String> units, BigDecimal min, BigDecimal max) {
    }

    private static final Map<FactorParameter, Rule> RULES = Map.of(
            FactorParameter.NCV, new Rule(Set.of("GJ/t", "GJ/10^4 Nm3"), new BigDecimal("1"), new BigDecimal("1000")),
            FactorParameter.CC, new Rule(Set.of("tC/GJ"), new BigDecimal("0.005"), new BigDecimal("0.12")),
            FactorParameter.OF, new Rule(Set.of("fraction"), new BigDecimal("0.5"), BigDecimal.ONE),
            FactorParameter.EF_PROCESS, new Rule(Set.of("tCO2/t"), BigDecimal.ZERO, new BigDecimal("5")),
            FactorParameter.EF_ELECTRICITY, new Rule(Set.of("tCO2/MWh"), BigDecimal.ZERO, new BigDecimal("2")),
            FactorParameter.EF_HEAT, new Rule(Set.of("tCO2/GJ"), BigDecimal.ZERO, new BigDecimal("0.5")),
            FactorParameter.GWP, new Rule(Set.of("tCO2e/t"), BigDecimal.ONE, new BigDecimal("50000")),
            FactorParameter.TCE, new Rule(Set.of("tce/t", "tce/10^4 Nm3", "tce/MWh", "tce/GJ"), BigDecimal.ZERO,
                    new BigDecimal("20")));

    private FactorRowRules() {
    }

    static void check(int line, Map<String, String> fields, List<TableProblem> problems) {
        String sheet = FactorTableFormat.FACTORS_TABLE;
        FactorParameter parameter = FactorTableReader.parameter(fields.get("parameter"));
        if (parameter == null) {
            problems.add(new TableProblem(sheet, line, "parameter", "未知参数 / unknown parameter " + fields.get("parameter")
                    + "; one of " + List.of(FactorParameter.values())));
        }
        if (!FactorTableReader.subject(fields.get("subject"))) {
            problems.add(new TableProblem(sheet, line, "subject", "对象只能含大写字母、数字和 . _ - @ / capitals, digits and . _ - @ only"));
        }
        if (!FactorTableReader.region(fields.get("region"))) {
            problems.add(new TableProblem(sheet, line, "region", "地区须为CN或省级行政区划代码 / CN or a province's GB/T 2260 code"));
        }
        boolean from = FactorTableReader.year(fields.get("valid_from"));
        boolean to = FactorTableReader.year(fields.get("valid_to"));
        if (!from) {
            problems.add(new TableProblem(sheet, line, "valid_from", "须为年份 / a year"));
        }
        if (!to) {
            problems.add(new TableProblem(sheet, line, "valid_to", "须为年份（9999表示未止） / a year (9999: open)"));
        }
        if (from && to && Integer.parseInt(fields.get("valid_from")) > Integer.parseInt(fields.get("valid_to"))) {
            problems.add(new TableProblem(sheet, line, "valid_to", "早于起始年份 / before valid_from"));
        }
        if (!FactorTableReader.status(fields.get("status"))) {
            problems.add(new TableProblem(sheet, line, "status", "状态须为verified、secondary或unverified / verified, secondary or unverified"));
        }
        BigDecimal value = FactorTableReader.decimal(fields.get("value"));
        if (value == null) {
            problems.add(new TableProblem(sheet, line, "value", "须为不带单位的十进制数 / a plain decimal number: " + fields.get("value")));
        }
        if (parameter == null) {
            return;
        }
        Rule rule = RULES.get(parameter);
        if (!rule.units().contains(fields.get("unit"))) {
            problems.add(new TableProblem(sheet, line, "unit", "单位不符 / unit for " + parameter + " must be one of " + rule.units()
                    + ", not " + fields.get("unit")));
        }
        if (value != null && (value.compareTo(rule.min()) < 0 || value.compareTo(rule.max()) > 0)) {
            problems.add(new TableProblem(sheet, line, "value", "数值超出合理范围 / " + value + " is outside the plausible range "
                    + rule.min() + "–" + rule.max() + " " + rule.units()));
        }
    }
}
