package org.dualcarbon.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The anomaly rules of rules/reporting: the check logic (anomaly-checks.drl) compiled once, and the thresholds
 * rule authors edit (anomaly-thresholds.drl.csv, a Drools decision table) read once and checked row by row — a
 * table with an unknown metric, a limit that is not a number or a message missing is refused with the row and the
 * reason at start. Each check runs in its own short session over the thresholds and the submission's metrics.
 */
@Component
public class AnomalyRules {

    static final Set<String> METRICS = Set.of("YOY_TOTAL", "YOY_ITEM", "MISSING_MONTHS", "MONTH_SPIKE", "CAPACITY_FACTOR",
            "INTENSITY");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final KieBase checks;
    private final List<AnomalyThreshold> thresholds;

    public AnomalyRules() {
        this.checks = compile("checks", ResourceType.DRL, read("rules/reporting/anomaly-checks.drl"), null);
        this.thresholds = thresholds(read("rules/reporting/anomaly-thresholds.drl.csv"));
    }

    public List<AnomalyThreshold> thresholds() {
        return thresholds;
    }

    public List<FlagSink.Raised> check(List<AnomalyMetric> metrics) {
        FlagSink flags = new FlagSink();
        KieSession session = checks.newKieSession();
        try {
            session.setGlobal("flags", flags);
            thresholds.forEach(session::insert);
            metrics.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return flags.raised();
    }

    static List<AnomalyThreshold> thresholds(byte[] table) {
        KieBase base = compile("thresholds", ResourceType.DTABLE, table, DecisionTableInputType.CSV);
        ThresholdSink sink = new ThresholdSink();
        KieSession session = base.newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<String> problems = new ArrayList<>();
        List<AnomalyThreshold> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> row : sink.rows().entrySet()) {
            Map<String, String> f = row.getValue();
            String where = "anomaly-thresholds row " + row.getKey() + ": ";
            if (!METRICS.contains(f.get("metric"))) {
                problems.add(where + "metric — 未知指标 / unknown metric " + f.get("metric") + ", one of " + METRICS);
            }
            if (f.get("sector") == null || !CODE.matcher(f.get("sector")).matches()) {
                problems.add(where + "sector — ALL 或行业板块代码 / ALL or a sector code");
            }
            if (f.get("subject") == null || !CODE.matcher(f.get("subject")).matches()) {
                problems.add(where + "subject — ANY、TOTAL 或活动数据项代码 / ANY, TOTAL or an item code");
            }
            BigDecimal limit = null;
            try {
                limit = new BigDecimal(String.valueOf(f.get("limit")));
            } catch (NumberFormatException e) {
                problems.add(where + "limit — 不是数字 / not a number: " + f.get("limit"));
            }
            if (limit != null && limit.signum() < 0) {
                problems.add(where + "limit — 不能为负 / may not be negative");
            }
            if (f.get("message") == null || f.get("message").isBlank() || f.get("source") == null || f.get("source").isBlank()) {
                problems.add(where + "message/source — 须有提示语和阈值来源 / a message and the limit's source are required");
            }
            if (problems.isEmpty()) {
                rows.add(new AnomalyThreshold(row.getKey(), f.get("metric"), f.get("sector"), f.get("subject"), limit,
                        f.get("message"), f.get("source")));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return List.copyOf(rows);
    }

    private static KieBase compile(String name, ResourceType type, byte[] content, DecisionTableInputType input) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        Resource resource = kie.getResources().newByteArrayResource(content).setResourceType(type);
        resource.setSourcePath("src/main/resources/rules/reporting/" + name + (input == null ? ".drl" : ".drl.csv"));
        if (input != null) {
            DecisionTableConfiguration configuration = KnowledgeBuilderFactory.newDecisionTableConfiguration();
            configuration.setInputType(input);
            resource.setConfiguration(configuration);
        }
        files.write(resource);
        ReleaseId release = kie.newReleaseId("org.dualcarbon.reporting", "anomaly-" + name, "1.0.0");
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rules/reporting " + name + " does not compile: " + errors);
        }
        return kie.newKieContainer(release).getKieBase();
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the classpath", e);
        }
    }
}
