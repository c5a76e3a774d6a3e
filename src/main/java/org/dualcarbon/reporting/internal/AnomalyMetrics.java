package org.dualcarbon.reporting.internal;

import java.util.Optional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dualcarbon.reporting.ReportData;

/**
 * The figures the anomaly rules judge, computed from a submission and the unit's previous year:
 * <ul>
 * <li>YOY_TOTAL — |E − E_prev| / E_prev of the accounted total;</li>
 * <li>YOY_ITEM — the same for each item's year quantity;</li>
 * <li>MISSING_MONTHS — months left empty for an item that has other months;</li>
 * <li>MONTH_SPIKE — the largest month over the median of the others (a ×1000 unit slip shows as ~1000);</li>
 * <li>CAPACITY_FACTOR — generated MWh over capacity (MW) × 8760 h;</li>
 * <li>INTENSITY — accounted tCO2e per unit of the sector's main product.</li>
 * </ul>
 */
public final class AnomalyMetrics {

    static final MathContext PRECISION = MathContext.DECIMAL64;
    static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(8760);
    /** The product an intensity is measured against, by sector. */
    static final Map<String, String> MAIN_PRODUCT = Map.of("POWER", "POWER_GENERATED", "STEEL", "CRUDE_STEEL",
            "CEMENT", "CLINKER", "ALUMINIUM", "PRIMARY_ALUMINIUM");

    private AnomalyMetrics() {
    }

    /** What is known of the unit besides its submission. */
    public record Context(String sector, BigDecimal total, BigDecimal previousTotal, Map<String, BigDecimal> previousItems,
                          BigDecimal capacityMw) {
    }

    public static List<AnomalyMetric> of(ReportData data, Context c) {
        List<AnomalyMetric> metrics = new ArrayList<>();
        if (c.total() != null && c.previousTotal() != null && c.previousTotal().signum() > 0) {
            metrics.add(new AnomalyMetric("YOY_TOTAL", c.sector(), "TOTAL", change(c.total(), c.previousTotal())));
        }
        data.items().forEach((item, entry) -> {
            BigDecimal year = entry.total();
            BigDecimal previous = c.previousItems().get(item);
            if (previous != null && previous.signum() > 0) {
                metrics.add(new AnomalyMetric("YOY_ITEM", c.sector(), item, change(year, previous)));
            }
            long reportedMonths = 12 - entry.missingMonths();
            if (reportedMonths > 0) {
                metrics.add(new AnomalyMetric("MISSING_MONTHS", c.sector(), item, BigDecimal.valueOf(entry.missingMonths())));
                spike(entry.months()).ifPresent(s -> metrics.add(new AnomalyMetric("MONTH_SPIKE", c.sector(), item, s)));
            }
        });
        ReportData.Item generated = data.items().get("POWER_GENERATED");
        if (generated != null && c.capacityMw() != null && c.capacityMw().signum() > 0) {
            metrics.add(new AnomalyMetric("CAPACITY_FACTOR", c.sector(), "POWER_GENERATED",
                    generated.total().divide(c.capacityMw().multiply(HOURS_PER_YEAR), PRECISION)));
        }
        String product = MAIN_PRODUCT.get(c.sector());
        ReportData.Item output = product == null ? null : data.items().get(product);
        if (output != null && c.total() != null && output.total().signum() > 0) {
            metrics.add(new AnomalyMetric("INTENSITY", c.sector(), product, c.total().divide(output.total(), PRECISION)));
        }
        return metrics;
    }

    private static BigDecimal change(BigDecimal current, BigDecimal previous) {
        return current.subtract(previous).abs().divide(previous, PRECISION);
    }

    /** Largest month / median of the other non-zero months; empty when fewer than three months are reported. */
    static Optional<BigDecimal> spike(List<BigDecimal> months) {
        List<BigDecimal> values = months.stream().filter(Objects::nonNull).filter(v -> v.signum() > 0).sorted().toList();
        if (values.size() < 3) {
            return Optional.empty();
        }
        BigDecimal max = values.get(values.size() - 1);
        List<BigDecimal> others = values.subList(0, values.size() - 1);
        int n = others.size();
        BigDecimal median = n % 2 == 1 ? others.get(n / 2)
                : others.get(n / 2 - 1).add(others.get(n / 2)).divide(BigDecimal.valueOf(2), PRECISION);
        return Optional.of(max.divide(median, PRECISION));
    }
}
