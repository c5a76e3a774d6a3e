package org.dualcarbon.factors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped factor table builds with Drools with no error and reproduces its rows; lookups return the cited
 * values; a bad table is refused with its row, column and reason.
 */
class CompiledLibraryTest {

    static Stream<Path> shippedTables() throws IOException {
        return Files.list(Path.of("rules", "factors")).filter(p -> p.toString().endsWith(".drl.csv")).sorted();
    }

    static CompiledLibrary build(Path file) throws IOException {
        return CompiledLibrary.build(file.getFileName().toString(), Files.readAllBytes(file), "test", "shipped");
    }

    static CompiledLibrary shipped(String file) throws IOException {
        return build(Path.of("rules", "factors", file));
    }

    @ParameterizedTest
    @MethodSource("shippedTables")
    void everyShippedTableBuildsAndEveryRowIsCited(Path file) throws IOException {
        CompiledLibrary library = build(file);
        assertThat(library.rows()).isNotEmpty();
        assertThat(library.rows()).allSatisfy(row -> {
            assertThat(row.source()).isNotBlank();
            assertThat(row.reference()).isNotBlank();
            assertThat(row.status()).isIn("verified", "secondary", "unverified");
        });
        assertThat(library.version().rows()).isEqualTo(library.rows().size());
    }

    @Test
    void setAGivesTheAnnexCValuesInStoredUnits() throws IOException {
        CompiledLibrary setA = shipped("gbt32151-22-2024-annex-c.drl.csv");
        // GB/T 32151.22-2024 Annex C Table C.1: 烟煤 NCV 19.570 GJ/t, CC 26.1 tC/TJ, OF 93 %
        assertThat(value(setA, FactorParameter.NCV, "BITUMINOUS_COAL", "CN", 2025)).isEqualByComparingTo("19.570");
        assertThat(value(setA, FactorParameter.CC, "BITUMINOUS_COAL", "CN", 2025)).isEqualByComparingTo("0.0261");
        assertThat(value(setA, FactorParameter.OF, "BITUMINOUS_COAL", "CN", 2025)).isEqualByComparingTo("0.93");
        Factor gas = setA.require(FactorKey.national(FactorParameter.NCV, "NATURAL_GAS", 2025));
        assertThat(gas.unit()).isEqualTo("GJ/10^4 Nm3");
        assertThat(gas.value()).isEqualByComparingTo("389.31");
        assertThat(gas.status()).isEqualTo("verified");
    }

    @Test
    void electricityFactorsByYearPreferTheProvinceAndFallBackToTheNation() throws IOException {
        CompiledLibrary electricity = shipped("mee-nbs-electricity.drl.csv");
        // MEE/NBS 公告2025年第47号 附件表3: 宁夏 2023 0.6187 kgCO2/kWh; 表1: national 0.5306
        Factor ningxia = electricity.require(new FactorKey(FactorParameter.EF_ELECTRICITY, "GRID", "640000", 2023));
        assertThat(ningxia.value()).isEqualByComparingTo("0.6187");
        assertThat(ningxia.status()).isEqualTo("verified");
        assertThat(value(electricity, FactorParameter.EF_ELECTRICITY, "GRID", "640000", 2022)).isEqualByComparingTo("0.6423");
        assertThat(value(electricity, FactorParameter.EF_ELECTRICITY, "GRID", "640000", 2025)).as("latest published applies")
                .isEqualByComparingTo("0.6187");
        assertThat(value(electricity, FactorParameter.EF_ELECTRICITY, "GRID", "540000", 2023)).as("西藏: national")
                .isEqualByComparingTo("0.5306");
        assertThat(electricity.find(new FactorKey(FactorParameter.EF_ELECTRICITY, "GRID", "640000", 2019))).isEmpty();
    }

    @Test
    void gwpSetsAreKeptApart() throws IOException {
        CompiledLibrary gwp = shipped("ipcc-gwp.drl.csv");
        assertThat(value(gwp, FactorParameter.GWP, "CH4@SAR", "CN", 2025)).isEqualByComparingTo("21");
        assertThat(value(gwp, FactorParameter.GWP, "CH4@AR5", "CN", 2025)).isEqualByComparingTo("28");
        assertThat(value(gwp, FactorParameter.GWP, "SF6@SAR", "CN", 2025)).isEqualByComparingTo("23900");
    }

    @Test
    void aTableWithBadCellsIsRefusedWithRowColumnAndReason() throws IOException {
        String good = Files.readString(Path.of("rules", "factors", "process-and-heat-defaults.drl.csv"));
        String bad = good
                .replace("EF.PROCESS.MGCO3,EF_PROCESS,MGCO3,CN,1990,9999,0.5220,tCO2/t",
                        "EF.PROCESS.CACO3,EF_PROCESS,MGCO3,CN,1990,9999,52.20,t")
                .replace("EF.HEAT,EF_HEAT,HEAT,CN,1990,9999,0.11", "EF.HEAT,EF_HEAT,HEAT,CN,2030,2020,=A1");
        List<TableProblem> problems = problems(bad);
        assertThat(problems).extracting(TableProblem::column).contains("NAME", "unit", "value", "valid_to");
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).contains("duplicate NAME EF.PROCESS.CACO3"));
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).contains("formulas are not accepted"));
        assertThat(problems).allSatisfy(p -> assertThat(p.row()).isPositive());
    }

    @Test
    void aTableCannotSmuggleCode() throws IOException {
        String good = Files.readString(Path.of("rules", "factors", "process-and-heat-defaults.drl.csv"));
        String injected = good.replace("0.4397,tCO2/t,", "0.4397,tCO2/t\"); System.exit(1); //,");
        assertThat(problems(injected)).anySatisfy(p -> assertThat(p.reason()).contains("no double quotes"));
        String changedSnippet = good.replace("sink.set(drools.getRule().getName(), \"\"value\"\", \"\"$param\"\");",
                "System.exit(1);");
        assertThat(problems(changedSnippet)).anySatisfy(p -> assertThat(p.reason()).contains("header row differs"));
    }

    @Test
    void overlappingYearsForOneKeyAreRefused() throws IOException {
        String good = Files.readString(Path.of("rules", "factors", "process-and-heat-defaults.drl.csv"));
        String overlapping = good + "EF.HEAT.2024,EF_HEAT,HEAT,CN,2024,9999,0.12,tCO2/GJ,source,reference,unverified\n";
        assertThatThrownBy(() -> CompiledLibrary.build("x.drl.csv", overlapping.getBytes(StandardCharsets.UTF_8), "h", "test"))
                .isInstanceOf(FactorTableException.class).hasMessageContaining("overlap");
    }

    private static List<TableProblem> problems(String csv) {
        try {
            CompiledLibrary.build("x.drl.csv", csv.getBytes(StandardCharsets.UTF_8), "h", "test");
        } catch (FactorTableException e) {
            return e.problems();
        }
        throw new AssertionError("the table was accepted");
    }

    private static BigDecimal value(CompiledLibrary library, FactorParameter parameter, String subject, String region, int year) {
        return library.require(new FactorKey(parameter, subject, region, year)).value();
    }
}
