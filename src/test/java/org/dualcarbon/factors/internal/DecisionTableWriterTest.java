package org.dualcarbon.factors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.factors.FactorTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer gives the shipped layout byte for byte, and what it writes reads back as the same rows; cells the
 * format forbids, and rows that would end the table early, are refused with their row and column.
 */
class DecisionTableWriterTest {

    static Stream<Path> shippedTables() throws IOException {
        return CompiledLibraryTest.shippedTables();
    }

    @ParameterizedTest
    @MethodSource("shippedTables")
    void aShippedTableIsWrittenAsShippedAndReadsBackAsTheSameRows(Path file) throws IOException {
        byte[] shipped = Files.readAllBytes(file);
        FactorTable table = FactorTableReader.read(shipped);

        byte[] written = DecisionTableWriter.write(table);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(shipped, StandardCharsets.UTF_8));
        FactorTable back = FactorTableReader.read(written);
        assertThat(back.library()).isEqualTo(table.library());
        assertThat(back.rows()).isEqualTo(table.rows());
    }

    @Test
    void aCellWithACommaIsQuotedAndReadsBackWhole() {
        FactorTable table = heatTable(Map.of("source", "行业核算指南, 热力缺省值"));

        String csv = new String(DecisionTableWriter.write(table), StandardCharsets.UTF_8);

        assertThat(csv).contains(",\"行业核算指南, 热力缺省值\",");
        assertThat(FactorTableReader.read(csv.getBytes(StandardCharsets.UTF_8)).rows().get(0).fields().get("source"))
                .isEqualTo("行业核算指南, 热力缺省值");
    }

    @Test
    void doubleQuotesAndBackslashesAreRefusedAtTheirRowAndColumn() {
        FactorTable table = heatTable(Map.of("reference", "表\"B.1\"", "unit", "tCO2\\GJ"));
        table.library().put("title", "外购热力\\缺省排放因子");

        assertThatThrownBy(() -> DecisionTableWriter.write(table)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::row)
                        .containsExactlyInAnyOrder(tuple("title", null),
                                tuple("unit", 1), tuple("reference", 1)));
    }

    @Test
    void anEmptyRowIsRefusedRatherThanEndingTheTable() {
        FactorTable table = heatTable(Map.of());
        Map<String, String> empty = new LinkedHashMap<>();
        FactorTableFormat.FACTOR_FIELDS.forEach(f -> empty.put(f, " "));
        table.rows().add(new FactorTable.Row(2, "", empty));

        assertThatThrownBy(() -> DecisionTableWriter.write(table)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.field()).isEqualTo("NAME");
                }));
    }

    @Test
    void eachFactorRowIsFoundFromTheLineItWasWrittenOn() throws IOException {
        FactorTable table = FactorTableReader.read(Files.readAllBytes(Path.of("rules", "factors", "ipcc-gwp.drl.csv")));
        FactorTable back = FactorTableReader.read(DecisionTableWriter.write(table));

        for (int i = 0; i < back.rows().size(); i++) {
            assertThat(DecisionTableWriter.rowOfLine(back.rows().get(i).line())).isEqualTo(i + 1);
        }
        assertThat(DecisionTableWriter.rowOfLine(9)).as("the LIBRARY line").isZero();
    }

    /** The heat row of rules/factors/process-and-heat-defaults.drl.csv (0.11 tCO2/GJ, secondary), cells replaced. */
    private static FactorTable heatTable(Map<String, String> replaced) {
        Map<String, String> library = new LinkedHashMap<>(Map.of("code", "PROCESS-HEAT-DEFAULTS", "version", "test",
                "title", "外购热力缺省排放因子", "document", "行业核算指南热力缺省值", "published", "2026-11", "status", "draft"));
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> values = List.of("EF_HEAT", "HEAT", "CN", "1990", "9999", "0.11", "tCO2/GJ",
                "行业核算指南热力缺省值（据公开因子文件，官方表格未见）", "domain.md §3.4", "secondary");
        for (int i = 0; i < values.size(); i++) {
            fields.put(FactorTableFormat.FACTOR_FIELDS.get(i), values.get(i));
        }
        fields.putAll(replaced);
        List<FactorTable.Row> rows = new ArrayList<>(List.of(new FactorTable.Row(1, "EF.HEAT", fields)));
        return new FactorTable(library, rows);
    }
}
