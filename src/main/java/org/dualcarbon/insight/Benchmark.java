package org.dualcarbon.insight;

import java.math.BigDecimal;

/**
 * A benchmark value (基准值) from rules/analysis/benchmarks.drl.csv: for an industry (GB/T 4754 code prefix), a product
 * and a category of plant, the emissions per unit of product in a year, with its status and source.
 */
public record Benchmark(String name, String industry, String product, String category, int year, BigDecimal value,
                        String unit, String status, String source) {
}
