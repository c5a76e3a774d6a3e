package org.dualcarbon.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule bases of rules/analysis build, their rows are checked, and rows fire exactly for metrics inside
 * [min, max) of the same subject kind — cases derived by hand from the tables.
 */
class InsightRulesTest {

    static final InsightRules RULES = new InsightRules();

    @Test
    void everyTableBuildsAndEveryRowNamesItsSource() {
        assertThat(RULES.evaluation()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(RULES.diagnosis()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(r -> assertThat(r.measure()).isNotBlank());
        assertThat(RULES.benchmarks()).isNotEmpty().allSatisfy(b -> assertThat(b.source()).contains("国环规气候〔2024〕1号"));
    }

    @Test
    void theFiveYearPlanPaceIsTheAnnualRateOfMinusEighteenPercentOverFiveYears() {
        // 1 − (1 − 0.18)^(1/5) = 0.038910… → 3.89 %: the bound of R.INTENSITY_ON_PACE / R.INTENSITY_OFF_PACE
        double pace = (1 - Math.pow(0.82, 0.2)) * 100;
        assertThat(BigDecimal.valueOf(pace).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("3.89");
        assertThat(row("R.INTENSITY_ON_PACE").max()).isEqualByComparingTo("-3.89");
        assertThat(row("R.INTENSITY_OFF_PACE").min()).isEqualByComparingTo("-3.89");
    }

    @Test
    void rowsFireForValuesInsideTheirRangeOnly() {
        List<FiredRows.Fired> fired = RULES.fire(RULES.evaluation(), List.of(
                new InsightMetric("REGION", "640104", "INTENSITY_GDP_CHANGE", new BigDecimal("-3.89")),
                new InsightMetric("REGION", "640104", "EMISSION_YOY", new BigDecimal("12.50")),
                new InsightMetric("REGION", "640105", "INTENSITY_GDP_CHANGE", new BigDecimal("-5")),
                new InsightMetric("ENTERPRISE", "7", "EMISSION_YOY", new BigDecimal("12.50")),
                new InsightMetric("REGION", "640106", "EMISSION_YOY", null)));
        assertThat(names(fired, "640104")).containsExactlyInAnyOrder("R.INTENSITY_OFF_PACE", "R.EMISSION_SURGE");
        assertThat(names(fired, "640105")).containsExactly("R.INTENSITY_ON_PACE");
        // an enterprise's 12.5 % is below E.EMISSION_SURGE's 20 %, and REGION rows never apply to an enterprise
        assertThat(names(fired, "7")).isEmpty();
        assertThat(names(fired, "640106")).isEmpty();
        int points = fired.stream().filter(f -> f.metric().key().equals("640104")).mapToInt(f -> f.row().points()).sum();
        assertThat(100 + points).isEqualTo(100 - 20 - 20);
    }

    @Test
    void theDiagnosisNamesTheFindingAndTheMeasure() {
        List<FiredRows.Fired> fired = RULES.fire(RULES.diagnosis(), List.of(
                new InsightMetric("ENTERPRISE", "1", "COAL_SHARE", new BigDecimal("72.5")),
                new InsightMetric("ENTERPRISE", "1", "PROCESS_SHARE", new BigDecimal("10")),
                new InsightMetric("ENTERPRISE", "1", "BENCHMARK_RATIO", new BigDecimal("1.0312"))));
        assertThat(fired).extracting(f -> f.row().name()).containsExactlyInAnyOrder("D.COAL_DOMINANT", "D.ABOVE_BENCHMARK");
        assertThat(fired).allSatisfy(f -> assertThat(f.row().measure()).isNotBlank());
    }

    @Test
    void aBadRowIsRefusedWithTheTableTheRowAndTheReason() {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        table.put("X.BAD", Map.of("subject", "COUNTY", "metric", "SMOKE", "min", "a", "max", "1", "points", "5",
                "watch", "Y", "reason", "r", "source", "s"));
        assertThatThrownBy(() -> InsightRules.evaluationRows(table)).hasMessageContaining("efficiency-evaluation row X.BAD")
                .hasMessageContaining("subject").hasMessageContaining("metric").hasMessageContaining("min");
    }

    private static InsightRow row(String name) {
        return RULES.evaluation().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<FiredRows.Fired> fired, String key) {
        return fired.stream().filter(f -> f.metric().key().equals(key)).map(f -> f.row().name()).toList();
    }
}
