package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Edges an attacker tries (issue 9, hardened edges): no `${}` string substitution in any MyBatis mapper, FreeMarker
 * without class resolution or ?api and with HTML escaping, no scripts in processes, no Java serialization of variables.
 */
@PlatformTest
class HardenedEdgesTest {

    @Autowired
    Configuration freemarker;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void noMapperSubstitutesStringsIntoSql() throws IOException {
        List<Path> mappers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/dualcarbon"))) {
            mappers = files.filter(f -> f.toString().endsWith("Mapper.xml")).toList();
        }
        assertThat(mappers).isNotEmpty();
        for (Path mapper : mappers) {
            assertThat(Files.readString(mapper)).as(mapper.toString()).doesNotContain("${");
        }
    }

    @Test
    void templatesResolveNoClassesAndEscapeHtml() throws Exception {
        assertThatThrownBy(() -> render("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", "x.ftl"))
                .hasMessageContaining("freemarker.template.utility.Execute");
        assertThatThrownBy(() -> render("${m?api.getClass()}", "y.ftl")).hasMessageContaining("api");
        assertThat(render("${m.name}", "z.ftlh")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aProcessWithAScriptIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_HardenedScript").startEvent()
                .scriptTask("Task_Script").scriptFormat("javascript").scriptText("java.lang.Runtime.getRuntime().exec('id')")
                .endEvent().done();
        Deployment deployment = null;
        try {
            deployment = repository.createDeployment().addModelInstance("hardened-script.bpmn", model).deploy();
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("Process_HardenedScript"))
                    .hasMessageContaining("scripts are not allowed");
        } catch (org.camunda.bpm.engine.ProcessEngineException refusedAtDeployment) {
            assertThat(refusedAtDeployment).hasMessageContaining("scripts are not allowed");
        } finally {
            if (deployment != null) {
                repository.deleteDeployment(deployment.getId(), true);
            }
        }
    }

    @Test
    void processVariablesAreNeverJavaSerialized() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    }

    private String render(String source, String name) throws Exception {
        Template template = new Template(name, new StringReader(source), freemarker);
        StringWriter out = new StringWriter();
        template.process(Map.of("m", Map.of("name", "<script>alert(1)</script>")), out);
        return out.toString();
    }
}
