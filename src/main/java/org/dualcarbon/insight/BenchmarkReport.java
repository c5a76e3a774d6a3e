package org.dualcarbon.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dualcarbon.analysis.Ratio;
import org.dualcarbon.organization.Enterprise;

/**
 * 对标与诊断 of an enterprise for a year: its emissions and energy, its intensity (per unit of its one product, else per
 * tce), the benchmark value that applies (with how it was chosen) and the ratio to it, its position among the same
 * industry in the province and in its city, its energy structure, and the diagnosis rows that fired.
 */
public record BenchmarkReport(Enterprise enterprise, int year, BigDecimal emissions, BigDecimal energyTce, String product,
                              BigDecimal output, String intensityUnit, Ratio intensity, Benchmark benchmark,
                              String benchmarkNote, Ratio benchmarkRatio, PeerPosition industryPeers, PeerPosition cityPeers,
                              Map<String, Ratio> energyStructure, Ratio processShare, List<Finding> diagnosis, String message) {
}
