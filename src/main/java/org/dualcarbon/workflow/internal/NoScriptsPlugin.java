package org.dualcarbon.workflow.internal;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.stereotype.Component;

/**
 * No scripts in processes (security.md, hardened edges): the platform's processes call Spring beans and JUEL
 * expressions only, so the engine is given a script-engine resolver that knows no language. A model with a script task,
 * script listener or script condition is refused when the engine would need the script — whoever managed to deploy it.
 */
@Component
class NoScriptsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setScriptEngineResolver(new RefusingResolver());
    }

    /** Resolves no script language; a manager without any engine (the bootstrap loader sees none). */
    static final class RefusingResolver implements ScriptEngineResolver {

        private final ScriptEngineManager none = new ScriptEngineManager(null);

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // engines offered by libraries are not taken
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return none;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw new ProcessEngineException("流程中不允许脚本 / scripts are not allowed in this platform's processes (language "
                    + language + ")");
        }
    }
}
