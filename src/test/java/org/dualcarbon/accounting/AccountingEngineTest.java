package org.dualcarbon.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dualcarbon.accounting.ActivityLine.CarbonateProcess;
import org.dualcarbon.accounting.ActivityLine.Co2Recovered;
import org.dualcarbon.accounting.ActivityLine.ExportedElectricity;
import org.dualcarbon.accounting.ActivityLine.FuelCombustion;
import org.dualcarbon.accounting.ActivityLine.OtherGas;
import org.dualcarbon.accounting.ActivityLine.PurchasedElectricity;
import org.dualcarbon.accounting.ActivityLine.PurchasedHeat;
import org.dualcarbon.factors.FactorLookup;
import org.dualcarbon.factors.internal.CompiledLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Worked examples derived by hand from the formulas of GB/T 32150-2015 and the shipped factor tables (each factor
 * row cites its source; the values quoted in the comments are those rows). Expected totals are rounded once to
 * 4 decimals, half up.
 */
class AccountingEngineTest {

    static FactorPlan plan;

    @BeforeAll
    static void shippedLibraries() throws IOException {
        FactorLookup setA = library("gbt32151-22-2024-annex-c.drl.csv");
        FactorLookup setB = library("gbt32150-2015-annex.drl.csv");
        plan = new FactorPlan(List.of(setA, setB), List.of(library("mee-nbs-electricity.drl.csv")),
                List.of(library("process-and-heat-defaults.drl.csv")), List.of(library("ipcc-gwp.drl.csv")));
    }

    static FactorLookup library(String file) throws IOException {
        Path path = Path.of("rules", "factors", file);
        return CompiledLibrary.build(file, Files.readAllBytes(path), "test", "test");
    }

    static AccountingResult account(SectorModule sector, GwpSet gwp, ActivityLine... lines) {
        return AccountingEngine.account(new AccountingInput(sector, "640000", 2023, gwp, List.of(lines)), plan);
    }

    @Test
    void solidFuelBituminousCoal() {
        // GB/T 32151.22-2024 Annex C Table C.1 烟煤: NCV 19.570 GJ/t, CC 26.1 tC/TJ = 0.0261 tC/GJ, OF 93 %.
        // 1000 t: AD = 19 570 GJ; E = 19 570 × 0.0261 × 0.93 × 44/12 = 1 741.749 57 t → 1 741.7496
        AccountingResult result = account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L1", "BITUMINOUS_COAL", Quantity.of("1000", MeasureUnit.T)));
        assertThat(result.total()).isEqualByComparingTo("1741.7496");
        ResultLine line = result.lines().get(0);
        assertThat(line.activityData()).isEqualByComparingTo("19570");
        assertThat(line.formula()).isEqualTo("E = FC × NCV × CC × OF × 44/12");
        assertThat(line.factors()).extracting("name").containsExactly("NCV.BITUMINOUS_COAL", "CC.BITUMINOUS_COAL", "OF.BITUMINOUS_COAL");
        assertThat(line.factors()).allSatisfy(f -> assertThat(f.library()).isEqualTo("GBT32151.22-2024-C1"));
    }

    @Test
    void liquidFuelDiesel() {
        // Table C.1 柴油: NCV 42.652 GJ/t, CC 20.2 tC/TJ, OF 98 %. 100 t → 4 265.2 GJ × 0.0202 × 0.98 × 44/12 = 309.5910
        assertThat(account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L1", "DIESEL", Quantity.of("100", MeasureUnit.T))).total()).isEqualByComparingTo("309.5910");
    }

    @Test
    void gaseousFuelNaturalGas() {
        // Table C.1 天然气: NCV 389.31 GJ/10^4 Nm3, CC 15.3 tC/TJ, OF 99 %. 50 ×10^4 Nm3 → 19 465.5 GJ → 1 081.0944
        assertThat(account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L1", "NATURAL_GAS", Quantity.of("50", MeasureUnit.TEN_THOUSAND_NM3))).total())
                .isEqualByComparingTo("1081.0944");
    }

    @Test
    void rawCoalFallsBackToTheDraftLibraryAndSaysSo() {
        // 原煤 is in no default table seen; the draft GB/T 32150-2015 table carries NCV 20.908, CC 0.02618, OF 0.93, all
        // unverified. 2000 t → 41 816 GJ × 0.02618 × 0.93 × 44/12 = 3 733.0732
        AccountingResult result = account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L1", "RAW_COAL", Quantity.of("2000", MeasureUnit.T)));
        assertThat(result.total()).isEqualByComparingTo("3733.0732");
        assertThat(result.lines().get(0).factors()).allSatisfy(f -> assertThat(f.status()).isEqualTo("unverified"));
    }

    @Test
    void measuredValuesOverrideDefaults() {
        // measured NCV 21.000 GJ/t, CC 0.0270 tC/GJ; OF from Table C.1 烟煤 0.93: 1000 × 21 × 0.027 × 0.93 × 44/12 = 1 933.47
        AccountingResult result = account(SectorModule.POWER, GwpSet.AR5, new FuelCombustion("L1", "BITUMINOUS_COAL",
                Quantity.of("1000", MeasureUnit.T), new BigDecimal("21.000"), new BigDecimal("0.0270"), null));
        assertThat(result.total()).isEqualByComparingTo("1933.4700");
        assertThat(result.lines().get(0).factors()).extracting("name").containsExactly("OF.BITUMINOUS_COAL");
    }

    @Test
    void carbonateDecomposition() {
        // stoichiometric CaCO3 0.4397 tCO2/t (process defaults table); 1000 t, F = 0.98 → 430.906
        assertThat(account(SectorModule.CEMENT, GwpSet.AR5, new CarbonateProcess("P1", "CACO3",
                Quantity.of("1000", MeasureUnit.T), new BigDecimal("0.98"))).total()).isEqualByComparingTo("430.9060");
    }

    @Test
    void purchasedElectricityLocationAndMarketBased() {
        // MEE/NBS 公告2025年第47号: 宁夏 2023 0.6187 tCO2/MWh (表3); residual mix 0.6096 (表4).
        // 10 000 MWh, 4 000 MWh green with certificates: location 6 187; market (10 000 − 4 000) × 0.6096 = 3 657.6
        AccountingResult result = account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5, new PurchasedElectricity("E1",
                Quantity.of("10000000", MeasureUnit.KWH), Quantity.of("4000", MeasureUnit.MWH)));
        assertThat(result.total()).isEqualByComparingTo("6187.0000");
        assertThat(result.totalMarketBased()).isEqualByComparingTo("3657.6000");
        assertThat(result.indirect()).isEqualByComparingTo("6187.0000");
        assertThat(result.direct()).isEqualByComparingTo("0.0000");
    }

    @Test
    void withoutAResidualMixFactorMarketBasedEqualsLocationBasedAndGreenPowerCannotBeNetted() {
        // MEE/NBS published no residual-mix (calibre 2) factor for 2022 in the data seen (domain.md §3.2)
        AccountingInput input = new AccountingInput(SectorModule.GENERAL_INDUSTRY, "640000", 2022, GwpSet.AR5,
                List.of(new PurchasedElectricity("E1", Quantity.of("1000", MeasureUnit.MWH), null)));
        AccountingResult result = AccountingEngine.account(input, plan);
        // 宁夏 2022 0.6423 (secondary): 1000 × 0.6423 = 642.3
        assertThat(result.total()).isEqualByComparingTo("642.3000");
        assertThat(result.totalMarketBased()).isEqualByComparingTo("642.3000");
        assertThat(result.lines().get(0).inputs()).containsKey("market-based");
        AccountingInput withGreen = new AccountingInput(SectorModule.GENERAL_INDUSTRY, "640000", 2022, GwpSet.AR5,
                List.of(new PurchasedElectricity("E2", Quantity.of("1000", MeasureUnit.MWH), Quantity.of("10", MeasureUnit.MWH))));
        assertThatThrownBy(() -> AccountingEngine.account(withGreen, plan)).isInstanceOf(AccountingInputException.class)
                .hasMessageContaining("line E2").hasMessageContaining("residual-mix");
    }

    @Test
    void exportsAndRecoveryAreSubtracted() {
        // combustion 1 741.749 57 (as above) + heat 5 000 GJ × 0.11 (secondary) = 550 − exported 1 000 MWh × 0.6187
        // − recovered 100 t = 1 741.749 57 + 550 − 618.7 − 100 = 1 573.049 57 → 1 573.0496
        AccountingResult result = account(SectorModule.IRON_AND_STEEL, GwpSet.AR5,
                new FuelCombustion("L1", "BITUMINOUS_COAL", Quantity.of("1000", MeasureUnit.T)),
                new PurchasedHeat("H1", Quantity.of("5000", MeasureUnit.GJ)),
                new ExportedElectricity("X1", Quantity.of("1000", MeasureUnit.MWH)),
                new Co2Recovered("R1", Quantity.of("100", MeasureUnit.T)));
        assertThat(result.total()).isEqualByComparingTo("1573.0496");
        assertThat(result.byCategory().get(EmissionCategory.EXPORTED_ELECTRICITY)).isEqualByComparingTo("-618.7000");
        assertThat(result.direct()).isEqualByComparingTo("1641.7496");
    }

    @Test
    void nonCo2GasesUseTheReportsGwpSet() {
        // CH4 10 t: AR5 GWP 28 → 280 tCO2e; SAR GWP 21 → 210 tCO2e (IPCC-GWP table)
        assertThat(account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5, new OtherGas("G1", "CH4",
                Quantity.of("10", MeasureUnit.T))).byGas()).containsEntry("CH4", new BigDecimal("280.0000"));
        assertThat(account(SectorModule.GENERAL_INDUSTRY, GwpSet.SAR, new OtherGas("G1", "CH4",
                Quantity.of("10", MeasureUnit.T))).total()).isEqualByComparingTo("210.0000");
    }

    @Test
    void aluminiumCountsAnodeEffectGases() {
        // CF4 0.5 t × AR5 6 630 = 3 315; C2F6 0.06 t × 11 100 = 666; electricity 100 000 MWh × 0.6187 = 61 870
        AccountingResult result = account(SectorModule.ALUMINIUM, GwpSet.AR5,
                new OtherGas("G1", "CF4", Quantity.of("0.5", MeasureUnit.T)),
                new OtherGas("G2", "C2F6", Quantity.of("0.06", MeasureUnit.T)),
                new PurchasedElectricity("E1", Quantity.of("100000", MeasureUnit.MWH), null));
        assertThat(result.total()).isEqualByComparingTo("65851.0000");
        assertThat(result.byGas()).containsEntry("CF4", new BigDecimal("3315.0000")).containsEntry("C2F6", new BigDecimal("666.0000"));
    }

    @Test
    void carbonMassBalanceForAnodesElectrodesAndProducts() {
        // Carbon mass balance E = Q × C × 44/12 (GB/T 32150 structure; carbon content measured by the unit).
        // Aluminium: net anode consumption 1 000 t, sulphur 2 %, ash 0.4 % → C = 0.976;
        // E = 1 000 × 0.976 × 44/12 = 3 578.666… → 3 578.6667
        AccountingResult anode = account(SectorModule.ALUMINIUM, GwpSet.SAR,
                new ActivityLine.CarbonMassBalance("A1", "CARBON_ANODE", Quantity.of("1000", MeasureUnit.T), new BigDecimal("0.976"), false));
        assertThat(anode.total()).isEqualByComparingTo("3578.6667");
        assertThat(anode.lines().get(0).formula()).isEqualTo("E = Q × C × 44/12");
        // Steel: electrodes 100 t at C 0.998 in (365.9333…), crude steel 10 000 t at C 0.0025 out (−91.6666…)
        // → 365.9333 − 91.6667 = 274.2666
        AccountingResult steel = account(SectorModule.IRON_AND_STEEL, GwpSet.SAR,
                new ActivityLine.CarbonMassBalance("S1", "ELECTRODE", Quantity.of("100", MeasureUnit.T), new BigDecimal("0.998"), false),
                new ActivityLine.CarbonMassBalance("S2", "CRUDE_STEEL", Quantity.of("10000", MeasureUnit.T), new BigDecimal("0.0025"), true));
        assertThat(steel.total()).isEqualByComparingTo("274.2666");
        assertThat(steel.lines().get(1).emission()).isNegative();
        // a missing or impossible carbon content names the line and field; cement has no carbon-balance lines
        assertThatThrownBy(() -> account(SectorModule.ALUMINIUM, GwpSet.SAR,
                new ActivityLine.CarbonMassBalance("A2", "CARBON_ANODE", Quantity.of("10", MeasureUnit.T), new BigDecimal("1.2"), false)))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line A2").hasMessageContaining("carbonFraction");
        assertThatThrownBy(() -> account(SectorModule.CEMENT, GwpSet.SAR,
                new ActivityLine.CarbonMassBalance("C1", "ELECTRODE", Quantity.of("10", MeasureUnit.T), new BigDecimal("0.9"), false)))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line C1");
    }

    @Test
    void energyInStandardCoalFromTheSameLines() throws IOException {
        // GB/T 2589-2020 Annex A coefficients (shipped table, unverified): raw coal 0.7143 tce/t, natural gas
        // 12.143 tce/10^4 Nm3, electricity 0.1229 tce/MWh (equivalent value). 1 000 t coal → 714.3; 100 × 10^4 Nm3 gas
        // → 1 214.3; 10 000 MWh in → 1 229; 1 000 MWh out → −122.9; total 3 034.7 tce
        FactorPlan withCoal = new FactorPlan(plan.fuels(), plan.electricity(), plan.processAndHeat(), plan.gwp(),
                List.of(library("gbt2589-2020-coefficients.drl.csv")));
        AccountingResult result = AccountingEngine.account(new AccountingInput(SectorModule.GENERAL_INDUSTRY, "640000", 2023,
                GwpSet.SAR, List.of(new FuelCombustion("C", "RAW_COAL", Quantity.of("1000", MeasureUnit.T)),
                        new FuelCombustion("G", "NATURAL_GAS", Quantity.of("100", MeasureUnit.TEN_THOUSAND_NM3)),
                        new PurchasedElectricity("E", Quantity.of("10000", MeasureUnit.MWH), null),
                        new ExportedElectricity("X", Quantity.of("1000", MeasureUnit.MWH)),
                        new Co2Recovered("R", Quantity.of("5", MeasureUnit.T)))), withCoal);
        assertThat(result.energyTce()).isEqualByComparingTo("3034.7");
        assertThat(result.lines()).extracting(ResultLine::energyTce).map(v -> v == null ? null : v.stripTrailingZeros().toPlainString())
                .containsExactly("714.3", "1214.3", "1229", "-122.9", null);
        assertThat(result.lines().get(0).factors()).extracting("name").contains("TCE.RAW_COAL");
        // the emissions are the same as without the coefficients
        assertThat(result.total()).isEqualByComparingTo(AccountingEngine.account(result.input(), plan).total());
        assertThat(AccountingEngine.account(result.input(), plan).energyTce()).isNull();
    }

    @Test
    void theReportingStandardFixesTheGwpSet() {
        // CH4 10 t: SAR 21 → 210 (industry guidelines 2013–2015, default); AR6 27.9 → 279 (GB/T 32151.22-2024)
        assertThat(ReportingStandard.defaultFor(SectorModule.GENERAL_INDUSTRY).gwpSet()).isEqualTo(GwpSet.SAR);
        assertThat(account(SectorModule.GENERAL_INDUSTRY, ReportingStandard.INDUSTRY_GUIDELINES_2013_2015.gwpSet(),
                new OtherGas("M", "CH4", Quantity.of("10", MeasureUnit.T))).total()).isEqualByComparingTo("210");
        assertThat(account(SectorModule.GENERAL_INDUSTRY, ReportingStandard.GBT_32151_22_2024.gwpSet(),
                new OtherGas("M", "CH4", Quantity.of("10", MeasureUnit.T))).total()).isEqualByComparingTo("279");
        assertThat(ReportingStandard.GRID_GUIDELINE_2013.status()).isEqualTo("verified");
    }

    @Test
    void etsPowerReportsUseTheGuidelinesCoalDefaultsAndTheEtsGridFactor() throws IOException {
        // 《企业温室气体排放核算方法与报告指南 发电设施》(2021): unmeasured coal CC 0.03356 tC/GJ (§6.2.3.5), coal OF 99 %
        // (§6.2.4.1); measured NCV 21.5 GJ/t: E = 1 000 × 21.5 × 0.03356 × 0.99 × 44/12 = 2 619.1902.
        // Purchased electricity 2021: 1 000 MWh × 0.5810 (ETS grid factor, 环办气候〔2022〕111号) = 581.
        FactorLookup ets = library("ets-power-2021.drl.csv");
        FactorPlan etsPlan = new FactorPlan(java.util.stream.Stream.concat(java.util.stream.Stream.of(ets), plan.fuels().stream())
                .toList(), List.of(ets), plan.processAndHeat(), plan.gwp());
        List<ActivityLine> lines = List.of(
                new FuelCombustion("C", "RAW_COAL", Quantity.of("1000", MeasureUnit.T), new BigDecimal("21.5"), null, null),
                new PurchasedElectricity("E", Quantity.of("1000", MeasureUnit.MWH), null));
        AccountingResult y2021 = AccountingEngine.account(new AccountingInput(SectorModule.POWER, "640000", 2021,
                ReportingStandard.ETS_POWER_2021, lines), etsPlan);
        assertThat(y2021.lines().get(0).emission().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("2619.1902");
        assertThat(y2021.lines().get(0).factors()).extracting("name").containsExactly("CC.COAL", "OF.COAL");
        assertThat(y2021.lines().get(1).factors()).extracting("name").containsExactly("EF.GRID_ETS.2021");
        assertThat(y2021.total()).isEqualByComparingTo("3200.1902");
        // the 2021 guideline's defaults end with 2022 (the 2022 revision's annex was not seen): a 2023 report needs
        // measured coal parameters, and its purchased electricity is outside the ETS scope — no emission, the reason
        assertThatThrownBy(() -> AccountingEngine.account(new AccountingInput(SectorModule.POWER, "640000", 2023,
                ReportingStandard.ETS_POWER_2021, lines), etsPlan)).hasMessageContaining("line C").hasMessageContaining("COAL");
        AccountingResult y2023 = AccountingEngine.account(new AccountingInput(SectorModule.POWER, "640000", 2023,
                ReportingStandard.ETS_POWER_2021, List.of(new FuelCombustion("C", "RAW_COAL", Quantity.of("1000", MeasureUnit.T),
                        new BigDecimal("21.5"), new BigDecimal("0.0335"), new BigDecimal("0.99")), lines.get(1))), etsPlan);
        assertThat(y2023.lines().get(1).emission()).isZero();
        assertThat(y2023.lines().get(1).inputs().get("note")).contains("2023");
        // CO2 only
        assertThatThrownBy(() -> AccountingEngine.account(new AccountingInput(SectorModule.GENERAL_INDUSTRY, "640000", 2021,
                ReportingStandard.ETS_POWER_2021, List.of(new OtherGas("M", "CH4", Quantity.of("1", MeasureUnit.T)))), etsPlan))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line M").hasMessageContaining("CO2 only");
    }

    @Test
    void sectorModulesRefuseLinesTheyDoNotAccount() {
        assertThatThrownBy(() -> account(SectorModule.CEMENT, GwpSet.AR5, new Co2Recovered("R7", Quantity.of("1", MeasureUnit.T))))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line R7").hasMessageContaining("CEMENT");
    }

    @Test
    void badInputNamesTheLine() {
        assertThatThrownBy(() -> account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L9", "DIESEL", Quantity.of("-5", MeasureUnit.T))))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line L9").hasMessageContaining("negative");
        assertThatThrownBy(() -> account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L3", "UNOBTAINIUM", Quantity.of("5", MeasureUnit.T))))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line L3").hasMessageContaining("UNOBTAINIUM");
        assertThatThrownBy(() -> account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new FuelCombustion("L4", "NATURAL_GAS", Quantity.of("5", MeasureUnit.T))))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line L4").hasMessageContaining("unit mismatch");
        assertThatThrownBy(() -> account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new PurchasedElectricity("E2", Quantity.of("5", MeasureUnit.GJ), null)))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line E2").hasMessageContaining("MWh");
        assertThatThrownBy(() -> account(SectorModule.GENERAL_INDUSTRY, GwpSet.AR5,
                new PurchasedHeat("H2", null)))
                .isInstanceOf(AccountingInputException.class).hasMessageContaining("line H2").hasMessageContaining("missing");
    }
}
