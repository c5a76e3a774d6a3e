package org.dualcarbon.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine behind our login: /engine-rest refuses anonymous calls and runs each call as its caller, so an
 * enterprise user cannot see or complete another organisation's task there or in Tasklist; Tasklist signs in
 * with our session; Cockpit and Admin are the system administrator's only; no demo or admin engine users.
 */
@PlatformTest
class EngineSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    String ownTask;
    String otherTask;

    @BeforeEach
    void twoOrganisationsEachHaveATask() {
        String own = jdbc.queryForObject("SELECT e.uscc FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id "
                + "WHERE u.username = 'ent.filler'", String.class);
        String other = jdbc.queryForObject("SELECT MIN(uscc) FROM enterprise WHERE uscc <> ?", String.class, own);
        ownTask = startTaskFor(EngineGroups.enterprise(own));
        otherTask = startTaskFor(EngineGroups.enterprise(other));
    }

    private String startTaskFor(String candidateGroup) {
        String instance = runtime.startProcessInstanceByKey("unitTaskIsolation", Map.of("candidateGroup", candidateGroup)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void anonymousEngineCallsAreRefused() {
        WebSession web = new WebSession(port);
        assertThat(web.anonymous("GET", "/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(web.anonymous("GET", "/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(web.basic("GET", "/engine-rest/task", "ent.filler", "wrong", null).statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestShowsAndCompletesOnlyTheCallersTasks() throws Exception {
        WebSession web = new WebSession(port);
        HttpResponse<String> list = web.basic("GET", "/engine-rest/task?maxResults=1000", "ent.filler", DemoFixture.PASSWORD, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Set-Cookie")).as("stateless: no session cookie").isEmpty();
        assertThat(ids(list.body())).contains(ownTask).doesNotContain(otherTask);

        assertThat(web.basic("GET", "/engine-rest/task/" + otherTask, "ent.filler", DemoFixture.PASSWORD, null).statusCode())
                .isEqualTo(404);
        assertThat(web.basic("POST", "/engine-rest/task/" + otherTask + "/complete", "ent.filler", DemoFixture.PASSWORD, "{}")
                .statusCode()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(otherTask).count()).as("the other task is untouched").isEqualTo(1);

        assertThat(web.basic("POST", "/engine-rest/task/" + ownTask + "/complete", "ent.filler", DemoFixture.PASSWORD, "{}")
                .statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(ownTask).count()).isZero();
    }

    @Test
    void tasklistSignsInWithOurLoginAndShowsOnlyOwnTasks() throws Exception {
        WebSession web = new WebSession(port);
        web.login("ent.filler", DemoFixture.PASSWORD);
        assertThat(web.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> auth = web.getJson("/camunda/api/admin/auth/user/default");
        assertThat(auth.statusCode()).isEqualTo(200);
        assertThat(json.readTree(auth.body()).get("userId").asText()).isEqualTo("ent.filler");
        assertThat(json.readTree(auth.body()).get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");

        HttpResponse<String> mine = web.camundaApi("GET", "/camunda/api/engine/engine/default/task?maxResults=1000", null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ids(mine.body())).contains(ownTask).doesNotContain(otherTask);
        assertThat(web.camundaApi("POST", "/camunda/api/engine/engine/default/task/" + otherTask + "/complete", "{}")
                .statusCode()).isIn(403, 404);
    }

    @Test
    void cockpitAndAdminAreForTheSystemAdministratorOnly() {
        WebSession official = new WebSession(port);
        official.login("gov.province", DemoFixture.PASSWORD);
        assertThat(official.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(official.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
        assertThat(official.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        WebSession admin = new WebSession(port);
        admin.login("sysadmin", DemoFixture.PASSWORD);
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void theEngineKnowsOurUsersAndNoOthers() {
        assertThat(identity.createUserQuery().userId("ent.filler").singleResult().getFirstName()).isNotBlank();
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
        assertThat(identity.createUserQuery().userId("admin").count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("sysadmin").list()).extracting("id").contains("camunda-admin");
        assertThat(identity.checkPassword("ent.filler", DemoFixture.PASSWORD)).as("logins go through our page only").isFalse();
    }

    @Test
    void engineIsHardened() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    }

    private List<String> ids(String body) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode task : json.readTree(body)) {
            ids.add(task.get("id").asText());
        }
        return ids;
    }
}
