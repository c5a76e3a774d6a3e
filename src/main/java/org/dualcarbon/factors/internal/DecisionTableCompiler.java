package org.dualcarbon.factors.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles a factor decision table with Drools and runs it once to read its rows. The table has been checked
 * by {@link FactorTableReader} first, so its header rows — the only code in it — are the platform's own.
 */
final class DecisionTableCompiler {

    private static final AtomicLong BUILDS = new AtomicLong();

    private DecisionTableCompiler() {
    }

    static FactorSink compileAndRead(String fileName, byte[] csv) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        Resource resource = kie.getResources().newByteArrayResource(csv).setResourceType(ResourceType.DTABLE);
        resource.setSourcePath("src/main/resources/rules/factors/" + fileName);
        DecisionTableConfiguration configuration = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        configuration.setInputType(DecisionTableInputType.CSV);
        resource.setConfiguration(configuration);
        files.write(resource);
        ReleaseId release = kie.newReleaseId("org.dualcarbon.factors", "factor-library", "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(release);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new FactorTableException(errors.stream()
                    .map(m -> new TableProblem("drools", m.getLine(), null, "规则库编译失败 / does not compile: " + m.getText()))
                    .toList());
        }
        KieContainer container = kie.newKieContainer(release);
        KieSession session = container.newKieSession();
        FactorSink sink = new FactorSink();
        try {
            session.setGlobal("sink", sink);
            session.fireAllRules();
        } finally {
            session.dispose();
            container.dispose();
            kie.getRepository().removeKieModule(release);
        }
        return sink;
    }
}
