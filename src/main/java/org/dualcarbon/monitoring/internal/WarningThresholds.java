package org.dualcarbon.monitoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dualcarbon.monitoring.ThresholdProblem;
import org.dualcarbon.monitoring.ThresholdRow;
import org.dualcarbon.monitoring.ThresholdTableRefused;
import org.dualcarbon.monitoring.hj212.Hj212Codes;

/**
 * Reads rules/monitoring/warning-thresholds.drl.csv (a Drools decision table, compiled and fired once into a
 * {@link ThresholdRowSink}) and checks each row: a known check; a pollutant code HJ 212's table knows (domain.md §8.1;
 * {@code *} for silence, and only there); ALL or a unit id; limits that are numbers with low not above high; a whole
 * window of at least one minute; a positive rate for RATE; a source; no two rows for the same check, pollutant and unit;
 * a NAME of its own and no quote or backslash ({@link ThresholdTableText}). Any problem refuses the whole table, with
 * the row (its number among the data rows and its NAME) and the reason.
 */
final class WarningThresholds {

    static final Set<String> CHECKS = Set.of("LIMIT", "RATE", "FLATLINE", "SILENCE", "RECONCILE");
    private static final Pattern UNIT = Pattern.compile("ALL|[1-9][0-9]{0,18}");

    private WarningThresholds() {
    }

    static List<AlarmThreshold> read(byte[] table) {
        List<ThresholdProblem> textProblems = ThresholdTableText.problems(table);
        if (!textProblems.isEmpty()) {
            throw new ThresholdTableRefused(textProblems);
        }
        Map<String, Map<String, String>> rows;
        try {
            rows = RuleBaseBuilder.tableRows(table);
        } catch (RuntimeException e) {
            throw new ThresholdTableRefused(List.of(ThresholdProblem.ofTable("无法编译 / does not compile: " + e.getMessage())));
        }
        List<ThresholdProblem> problems = new ArrayList<>();
        List<AlarmThreshold> thresholds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (Map.Entry<String, Map<String, String>> row : rows.entrySet()) {
            number++;
            RowCheck check = new RowCheck(number, row.getKey(), row.getValue(), problems);
            AlarmThreshold threshold = check.threshold();
            if (threshold != null && !seen.add(threshold.getCheck() + "/" + threshold.getPollutant() + "/" + threshold.getUnit())) {
                check.problem("check/pollutant/unit",
                        "与前面的行重复（同一检查、因子、设施） / duplicates an earlier row's check, pollutant and unit");
            }
            if (threshold != null) {
                thresholds.add(threshold);
            }
        }
        if (rows.isEmpty()) {
            problems.add(ThresholdProblem.ofTable("没有数据行 / no rows"));
        }
        if (!problems.isEmpty()) {
            throw new ThresholdTableRefused(problems);
        }
        return List.copyOf(thresholds);
    }

    /** The checks of one row; a row with any problem gives no threshold. */
    private record RowCheck(int row, String name, Map<String, String> f, List<ThresholdProblem> problems) {

        AlarmThreshold threshold() {
            int before = problems.size();
            String check = f.get("check");
            if (!CHECKS.contains(check)) {
                problem("check", "未知检查 / unknown check " + check + ", one of " + CHECKS);
            }
            String pollutant = f.get("pollutant");
            if ("SILENCE".equals(check) != "*".equals(pollutant)) {
                problem("pollutant", "断线检查用 *，其他检查用因子代码 / * for SILENCE, a pollutant code otherwise");
            } else if (!"*".equals(pollutant) && !Hj212Codes.isKnown(pollutant)) {
                problem("pollutant", "未知因子代码 / unknown pollutant code " + pollutant + " (HJ 212-2017, domain.md §8.1)");
            }
            String unit = f.getOrDefault("unit", "");
            if (!UNIT.matcher(unit).matches()) {
                problem("unit", "须为 ALL 或排放设施编号 / ALL or an emission unit id: " + unit);
            }
            Double low = number("low");
            Double high = number("high");
            if ("LIMIT".equals(check) && low == null && high == null && f.get("low") == null && f.get("high") == null) {
                problem("low/high", "超标检查至少要有一个限值 / a LIMIT row needs a low or a high limit");
            }
            if ("RECONCILE".equals(check) && (high == null || high <= 0)) {
                problem("high", "对账检查须有大于0的百分比上限 / a RECONCILE row needs a high above 0 (%)");
            }
            if (low != null && high != null && low > high) {
                problem("low/high", "下限高于上限 / low " + low + " is above high " + high);
            }
            Integer window = wholeMinutes();
            Double rate = number("rate");
            if ("RATE".equals(check) && (rate == null || rate <= 0)) {
                problem("rate", "突变检查须有大于0的每分钟变化率 / a RATE row needs a rate above 0 per minute");
            }
            if (f.get("source") == null || f.get("source").isBlank()) {
                problem("source", "须注明阈值来源 / the limit's source is required");
            }
            if (problems.size() > before) {
                return null;
            }
            return new AlarmThreshold(name, check, pollutant, unit, low, high, window, rate, f.get("source"));
        }

        private Double number(String field) {
            String text = f.get(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException e) {
                problem(field, "不是数字 / not a number: " + text);
                return null;
            }
        }

        private Integer wholeMinutes() {
            String text = f.get("window");
            try {
                int minutes = Integer.parseInt(text == null ? "" : text.strip());
                if (minutes < 1) {
                    problem("window", "时间窗须至少1分钟 / the window must be at least 1 minute, not " + minutes);
                }
                return minutes;
            } catch (NumberFormatException e) {
                problem("window", "须为整数分钟 / whole minutes: " + text);
                return 0;
            }
        }

        void problem(String field, String reason) {
            problems.add(new ThresholdProblem(row, name, field, reason));
        }
    }
}
