package org.dualcarbon.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The one plain in-memory engine that every BPMN path test of the JVM shares (conventions.md): no Spring, no job
 * executor, full history, delegates bound through Camunda's {@code Mocks}. Kept outside the test classes, whose
 * {@code ProcessEngine} fields the engine extension fills.
 */
public final class InMemoryEngine {

    private static ProcessEngine engine;

    private InMemoryEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            // its own name: under "default" it would replace the platform's engine in the ProcessEngines registry,
            // which the webapps and REST of a Spring test running later in the same JVM look up by name
            engine = new StandaloneInMemProcessEngineConfiguration()
                    .setProcessEngineName("bpmn-paths")
                    .setJdbcUrl("jdbc:h2:mem:bpmn-paths;DB_CLOSE_DELAY=-1")
                    .setDatabaseSchemaUpdate("create-drop")
                    .setJobExecutorActivate(false)
                    .setHistory("full")
                    .setExpressionManager(new MockExpressionManager())
                    .buildProcessEngine();
        }
        return engine;
    }
}
