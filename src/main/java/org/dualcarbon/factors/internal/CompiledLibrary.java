package org.dualcarbon.factors.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorLibraryVersion;
import org.dualcarbon.factors.FactorLookup;
import org.dualcarbon.factors.FactorParameter;
import org.dualcarbon.factors.FactorTable;

/**
 * A compiled library version with its lookup index: rows grouped by (parameter, subject, region), each group
 * ordered by first year. Immutable once built, so lookups need no locking and no rule session.
 */
public final class CompiledLibrary implements FactorLookup {

    private record IndexKey(FactorParameter parameter, String subject, String region) {
    }

    private final FactorLibraryVersion version;
    private final List<Factor> rows;
    private final Map<IndexKey, List<Factor>> index;

    private CompiledLibrary(FactorLibraryVersion version, List<Factor> rows, Map<IndexKey, List<Factor>> index) {
        this.version = version;
        this.rows = List.copyOf(rows);
        this.index = index;
    }

    /** Checks, compiles with Drools, reads back and indexes a table; refuses overlapping rows for one key. */
    public static CompiledLibrary build(String fileName, byte[] csv, String contentHash, String origin) {
        FactorTable table = FactorTableReader.read(csv);
        FactorSink sink = DecisionTableCompiler.compileAndRead(fileName, csv);
        List<TableProblem> problems = new ArrayList<>();
        if (sink.rows().size() != table.rows().size() || !table.library().equals(sink.library())) {
            problems.add(new TableProblem("drools", 0, null, "规则库产出的行与表格不一致 / the compiled rules did not "
                    + "reproduce the table (" + sink.rows().size() + " of " + table.rows().size() + " rows)"));
        }
        List<Factor> rows = new ArrayList<>();
        for (FactorTable.Row row : table.rows()) {
            Map<String, String> compiled = sink.rows().get(row.name());
            if (compiled == null || !compiled.equals(row.fields())) {
                problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, row.line(), "NAME",
                        "编译结果与表格不一致 / compiled row differs from the table"));
                continue;
            }
            rows.add(toFactor(table, row));
        }
        Map<IndexKey, List<Factor>> index = new HashMap<>();
        for (Factor factor : rows) {
            index.computeIfAbsent(new IndexKey(factor.parameter(), factor.subject(), factor.region()), k -> new ArrayList<>())
                    .add(factor);
        }
        index.values().forEach(group -> {
            group.sort(Comparator.comparingInt(Factor::validFrom));
            for (int i = 1; i < group.size(); i++) {
                if (group.get(i).validFrom() <= group.get(i - 1).validTo()) {
                    Factor overlapping = group.get(i);
                    int line = table.rows().stream().filter(r -> r.name().equals(overlapping.name()))
                            .mapToInt(FactorTable.Row::line).findFirst().orElse(0);
                    problems.add(new TableProblem(FactorTableFormat.FACTORS_TABLE, line, "valid_from",
                            "与 " + group.get(i - 1).name() + " 的适用年份重叠 / years overlap " + group.get(i - 1).name()));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new FactorTableException(problems);
        }
        Map<String, String> lib = table.library();
        FactorLibraryVersion version = new FactorLibraryVersion(lib.get("code"), lib.get("version"), lib.get("title"),
                lib.get("document"), lib.get("published"), lib.get("status"), contentHash, rows.size(), origin);
        return new CompiledLibrary(version, rows, Map.copyOf(index));
    }

    private static Factor toFactor(FactorTable table, FactorTable.Row row) {
        Map<String, String> f = row.fields();
        return new Factor(table.code(), table.version(), row.name(), FactorParameter.valueOf(f.get("parameter")),
                f.get("subject"), f.get("region"), Integer.parseInt(f.get("valid_from")), Integer.parseInt(f.get("valid_to")),
                new BigDecimal(f.get("value")), f.get("unit"), f.get("source"), f.get("reference"), f.get("status"));
    }

    public FactorLibraryVersion version() {
        return version;
    }

    public List<Factor> rows() {
        return rows;
    }

    @Override
    public Optional<Factor> find(FactorKey key) {
        Optional<Factor> regional = inGroup(new IndexKey(key.parameter(), key.subject(), key.region()), key.year());
        if (regional.isPresent() || FactorKey.NATIONAL.equals(key.region())) {
            return regional;
        }
        return inGroup(new IndexKey(key.parameter(), key.subject(), FactorKey.NATIONAL), key.year());
    }

    private Optional<Factor> inGroup(IndexKey key, int year) {
        List<Factor> group = index.get(key);
        if (group == null) {
            return Optional.empty();
        }
        for (Factor factor : group) {
            if (factor.appliesTo(year)) {
                return Optional.of(factor);
            }
        }
        return Optional.empty();
    }
}
