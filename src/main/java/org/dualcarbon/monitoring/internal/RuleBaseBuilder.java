package org.dualcarbon.monitoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Compiles the monitoring rule bases: the threshold decision table (fired once to read its rows) and the warning rules
 * in STREAM mode with identity equality (stack.md §13), plus a generated declaration that gives {@link RuleMinute}
 * events an expiry of the longest RATE window + 2 minutes — an expiry shorter than a window would silently break it.
 */
final class RuleBaseBuilder {

    static final String WARNINGS = "rules/monitoring/warnings.drl";
    static final String THRESHOLDS = "rules/monitoring/warning-thresholds.drl.csv";
    static final String RECONCILIATION = "rules/monitoring/reconciliation.drl";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private RuleBaseBuilder() {
    }

    static KieBase warnings(List<AlarmThreshold> thresholds) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        KieModuleModel module = kie.newKieModuleModel();
        module.newKieBaseModel("monitoring").setDefault(true).setEventProcessingMode(EventProcessingOption.STREAM)
                .setEqualsBehavior(EqualityBehaviorOption.IDENTITY);
        files.writeKModuleXML(module.toXML());
        files.write("src/main/resources/" + WARNINGS, read(WARNINGS));
        files.write("src/main/resources/rules/monitoring/expiry.drl", expiry(thresholds));
        return build(kie, files, "warnings").getKieBase();
    }

    /** The reconciliation check, a plain (CLOUD) rule base for short stateless checks. */
    static KieBase reconciliation() {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        files.write("src/main/resources/" + RECONCILIATION, read(RECONCILIATION));
        return build(kie, files, "reconciliation").getKieBase();
    }

    /** The rows of a threshold table, name → field → text, in table order. */
    static Map<String, Map<String, String>> tableRows(byte[] table) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        Resource resource = kie.getResources().newByteArrayResource(table).setResourceType(ResourceType.DTABLE);
        resource.setSourcePath("src/main/resources/" + THRESHOLDS);
        DecisionTableConfiguration configuration = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        configuration.setInputType(DecisionTableInputType.CSV);
        resource.setConfiguration(configuration);
        files.write(resource);
        ThresholdRowSink sink = new ThresholdRowSink();
        KieSession session = build(kie, files, "thresholds").getKieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return sink.rows();
    }

    static byte[] shippedTable() {
        return read(THRESHOLDS);
    }

    private static String expiry(List<AlarmThreshold> thresholds) {
        int longest = thresholds.stream().filter(t -> "RATE".equals(t.getCheck())).mapToInt(AlarmThreshold::getWindowMinutes)
                .max().orElse(0);
        return "package org.dualcarbon.monitoring.warnings;\nimport " + RuleMinute.class.getName() + ";\n"
                + "declare RuleMinute @role(event) @timestamp(timestamp) @expires(" + (longest + 2) + "m) end\n";
    }

    private static org.kie.api.runtime.KieContainer build(KieServices kie, KieFileSystem files, String name) {
        ReleaseId release = kie.newReleaseId("org.dualcarbon.monitoring", "monitoring-" + name, "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rules/monitoring " + name + " does not compile: " + errors);
        }
        return kie.newKieContainer(release);
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the classpath", e);
        }
    }
}
