package org.dualcarbon.insight.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dualcarbon.insight.Benchmark;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.springframework.stereotype.Component;

/**
 * The rule bases of rules/analysis: the matching logic (evaluation.drl) and the three tables rule authors edit, read
 * once at start and checked row by row — an unknown subject or metric, a bound that is not a number, a missing text
 * or source stops the start with the table, the row and the reason.
 */
@Component
public class InsightRules {

    static final String DIR = "rules/analysis/";
    static final Set<String> SUBJECTS = Set.of("REGION", "ENTERPRISE");
    static final Set<String> EVALUATION_METRICS = Set.of("EMISSION_YOY", "ENERGY_YOY", "INTENSITY_GDP_CHANGE",
            "INTENSITY_ENERGY");
    static final Set<String> DIAGNOSIS_METRICS = Set.of("COAL_SHARE", "OIL_SHARE", "GAS_SHARE", "ELECTRICITY_SHARE",
            "HEAT_SHARE", "PROCESS_SHARE", "BENCHMARK_RATIO", "PEER_PERCENTILE", "EMISSION_YOY");

    private final KieBase matching;
    private final List<InsightRow> evaluation;
    private final List<InsightRow> diagnosis;
    private final List<Benchmark> benchmarks;

    public InsightRules() {
        this.matching = compile("evaluation.drl", ResourceType.DRL, null);
        this.evaluation = evaluationRows(table("efficiency-evaluation.drl.csv"));
        this.diagnosis = diagnosisRows(table("diagnosis.drl.csv"));
        this.benchmarks = benchmarkRows(table("benchmarks.drl.csv"));
    }

    public List<InsightRow> evaluation() {
        return evaluation;
    }

    public List<InsightRow> diagnosis() {
        return diagnosis;
    }

    public List<Benchmark> benchmarks() {
        return benchmarks;
    }

    /** The rows among {@code rows} that the metrics fire, in one short session. */
    public List<FiredRows.Fired> fire(List<InsightRow> rows, List<InsightMetric> metrics) {
        FiredRows fired = new FiredRows();
        KieSession session = matching.newKieSession();
        try {
            session.setGlobal("fired", fired);
            rows.forEach(session::insert);
            metrics.stream().filter(m -> m.value() != null).forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired.all();
    }

    static List<InsightRow> evaluationRows(Map<String, Map<String, String>> table) {
        List<String> problems = new ArrayList<>();
        List<InsightRow> rows = new ArrayList<>();
        table.forEach((name, f) -> {
            String where = "efficiency-evaluation row " + name + ": ";
            if (!SUBJECTS.contains(f.get("subject"))) {
                problems.add(where + "subject — REGION 或 ENTERPRISE / REGION or ENTERPRISE");
            }
            if (!EVALUATION_METRICS.contains(f.get("metric"))) {
                problems.add(where + "metric — 未知指标 / unknown metric " + f.get("metric") + ", one of " + EVALUATION_METRICS);
            }
            BigDecimal min = number(f.get("min"), where + "min", problems);
            BigDecimal max = number(f.get("max"), where + "max", problems);
            BigDecimal points = number(f.get("points"), where + "points", problems);
            texts(f, where, problems, "reason", "source", "watch");
            if (problems.isEmpty()) {
                rows.add(new InsightRow(name, f.get("subject"), f.get("metric"), min, max, points.intValueExact(),
                        "Y".equals(f.get("watch")), f.get("reason"), null, f.get("source")));
            }
        });
        return checked(problems, rows);
    }

    static List<InsightRow> diagnosisRows(Map<String, Map<String, String>> table) {
        List<String> problems = new ArrayList<>();
        List<InsightRow> rows = new ArrayList<>();
        table.forEach((name, f) -> {
            String where = "diagnosis row " + name + ": ";
            if (!Set.of("ENERGY_STRUCTURE", "PRODUCTION").contains(f.get("aspect"))) {
                problems.add(where + "aspect — ENERGY_STRUCTURE 或 PRODUCTION / ENERGY_STRUCTURE or PRODUCTION");
            }
            if (!DIAGNOSIS_METRICS.contains(f.get("metric"))) {
                problems.add(where + "metric — 未知指标 / unknown metric " + f.get("metric") + ", one of " + DIAGNOSIS_METRICS);
            }
            BigDecimal min = number(f.get("min"), where + "min", problems);
            BigDecimal max = number(f.get("max"), where + "max", problems);
            texts(f, where, problems, "finding", "measure", "source");
            if (problems.isEmpty()) {
                rows.add(new InsightRow(name, "ENTERPRISE", f.get("metric"), min, max, 0, false, f.get("finding"),
                        f.get("measure"), f.get("source") + " · " + f.get("aspect")));
            }
        });
        return checked(problems, rows);
    }

    static List<Benchmark> benchmarkRows(Map<String, Map<String, String>> table) {
        List<String> problems = new ArrayList<>();
        List<Benchmark> rows = new ArrayList<>();
        table.forEach((name, f) -> {
            String where = "benchmarks row " + name + ": ";
            BigDecimal value = number(f.get("value"), where + "value", problems);
            BigDecimal year = number(f.get("year"), where + "year", problems);
            texts(f, where, problems, "industry", "product", "category", "unit", "status", "source");
            if (value != null && value.signum() <= 0) {
                problems.add(where + "value — 须为正数 / must be positive");
            }
            if (problems.isEmpty()) {
                rows.add(new Benchmark(name, f.get("industry"), f.get("product"), f.get("category"), year.intValueExact(),
                        value, f.get("unit"), f.get("status"), f.get("source")));
            }
        });
        return checked(problems, rows);
    }

    private static BigDecimal number(String text, String where, List<String> problems) {
        try {
            return new BigDecimal(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            problems.add(where + " — 不是数字 / not a number: " + text);
            return null;
        }
    }

    private static void texts(Map<String, String> f, String where, List<String> problems, String... columns) {
        for (String column : columns) {
            if (f.get(column) == null || f.get(column).isBlank()) {
                problems.add(where + column + " — 不能为空 / required");
            }
        }
    }

    private static <T> List<T> checked(List<String> problems, List<T> rows) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return List.copyOf(rows);
    }

    /** A decision table's rows: its rules fired once into a sink. */
    static Map<String, Map<String, String>> table(String file) {
        KieBase base = compile(file, ResourceType.DTABLE, DecisionTableInputType.CSV);
        TableRowSink sink = new TableRowSink();
        KieSession session = base.newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return sink.rows();
    }

    private static KieBase compile(String file, ResourceType type, DecisionTableInputType input) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        Resource resource = kie.getResources().newByteArrayResource(read(DIR + file)).setResourceType(type);
        resource.setSourcePath("src/main/resources/" + DIR + file);
        if (input != null) {
            DecisionTableConfiguration table = KnowledgeBuilderFactory.newDecisionTableConfiguration();
            table.setInputType(input);
            resource.setConfiguration(table);
        }
        files.write(resource);
        ReleaseId release = kie.newReleaseId("org.dualcarbon.insight", file.replaceAll("[^a-z]+", "-"), "1.0.0");
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(DIR + file + " does not compile: " + errors);
        }
        return kie.newKieContainer(release).getKieBase();
    }

    private static byte[] read(String path) {
        try (InputStream in = InsightRules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
