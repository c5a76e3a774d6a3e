package org.dualcarbon.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dualcarbon.accounting.AccountingEngine;
import org.dualcarbon.accounting.AccountingInput;
import org.dualcarbon.accounting.ActivityLine;
import org.dualcarbon.accounting.FactorPlan;
import org.dualcarbon.accounting.GwpSet;
import org.dualcarbon.accounting.MeasureUnit;
import org.dualcarbon.accounting.Quantity;
import org.dualcarbon.accounting.SectorModule;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.internal.CompiledLibrary;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks of issue 4, run on demand: {@code mvn -Pbench test -Dtest=AccountingBench}. Reports factor lookups per
 * second against a plain HashMap lookup of the same keys in the same run, and the time to account
 * 10 000 units × 12 months × 6 energy types. Prints the numbers and writes them to target/bench/accounting.txt;
 * asserts nothing about time.
 */
class AccountingBench {

    static final int LOOKUPS = 5_000_000;

    @Test
    void factorLookupsAndAccountingThroughput() throws IOException {
        CompiledLibrary setA = library("gbt32151-22-2024-annex-c.drl.csv");
        CompiledLibrary electricity = library("mee-nbs-electricity.drl.csv");
        CompiledLibrary defaults = library("process-and-heat-defaults.drl.csv");
        CompiledLibrary gwp = library("ipcc-gwp.drl.csv");
        List<FactorKey> keys = new ArrayList<>();
        Map<FactorKey, Factor> plainMap = new HashMap<>();
        for (Factor f : electricity.rows()) {
            FactorKey key = new FactorKey(f.parameter(), f.subject(), f.region(), f.validFrom());
            keys.add(key);
            plainMap.put(key, f);
        }
        StringBuilder report = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            double library = rate(() -> {
                long hits = 0;
                for (int i = 0; i < LOOKUPS; i++) {
                    hits += electricity.find(keys.get(i % keys.size())).isPresent() ? 1 : 0;
                }
                return hits;
            });
            double map = rate(() -> {
                long hits = 0;
                for (int i = 0; i < LOOKUPS; i++) {
                    hits += plainMap.get(keys.get(i % keys.size())) != null ? 1 : 0;
                }
                return hits;
            });
            report.append(String.format("round %d: factor library %,.0f lookups/s; plain HashMap %,.0f lookups/s%n", round + 1,
                    library, map));
        }

        FactorPlan plan = new FactorPlan(List.of(setA), List.of(electricity), List.of(defaults), List.of(gwp));
        int units = 10_000;
        long started = System.nanoTime();
        BigDecimal grandTotal = BigDecimal.ZERO;
        for (int unit = 0; unit < units; unit++) {
            for (int month = 1; month <= 12; month++) {
                BigDecimal scale = BigDecimal.valueOf(100 + (unit * 7 + month) % 50);
                List<ActivityLine> lines = List.of(
                        new ActivityLine.FuelCombustion("coal", "BITUMINOUS_COAL", new Quantity(scale, MeasureUnit.T)),
                        new ActivityLine.FuelCombustion("diesel", "DIESEL", new Quantity(scale.movePointLeft(2), MeasureUnit.T)),
                        new ActivityLine.FuelCombustion("gas", "NATURAL_GAS", new Quantity(scale.movePointLeft(1), MeasureUnit.TEN_THOUSAND_NM3)),
                        new ActivityLine.FuelCombustion("coke", "COKE", new Quantity(scale.movePointLeft(1), MeasureUnit.T)),
                        new ActivityLine.PurchasedElectricity("power", new Quantity(scale.multiply(BigDecimal.TEN), MeasureUnit.MWH), null),
                        new ActivityLine.PurchasedHeat("heat", new Quantity(scale.multiply(BigDecimal.TEN), MeasureUnit.GJ)));
                grandTotal = grandTotal.add(AccountingEngine.account(
                        new AccountingInput(SectorModule.GENERAL_INDUSTRY, "640000", 2023, GwpSet.AR5, lines), plan).total());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.append(String.format("accounted %,d units × 12 months × 6 energy types (%,d lines) in %.1f s; total %s tCO2e%n",
                units, units * 12 * 6, seconds, grandTotal.toPlainString()));
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "accounting.txt"), report.toString());
    }

    private static double rate(java.util.function.LongSupplier work) {
        long started = System.nanoTime();
        long hits = work.getAsLong();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (hits == 0) {
            throw new IllegalStateException("no lookups hit");
        }
        return LOOKUPS / seconds;
    }

    private static CompiledLibrary library(String file) throws IOException {
        return CompiledLibrary.build(file, Files.readAllBytes(Path.of("rules", "factors", file)), "bench", "bench");
    }

}
