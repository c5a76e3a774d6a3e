package org.dualcarbon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health (database, broker, engine), Prometheus metrics and the OpenAPI description, each with its access rule. */
@PlatformTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void healthIsPublicButItsDetailsAreTheSystemAdministrators() throws Exception {
        WebSession web = new WebSession(port);
        JsonNode anonymous = json.readTree(web.anonymous("GET", "/actuator/health").body());
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();

        JsonNode admin = json.readTree(web.basic("GET", "/actuator/health", "sysadmin", DemoFixture.PASSWORD, null).body());
        assertThat(admin.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/mqtt/status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/processEngine/status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsNeedTheOperationsPermission() {
        WebSession web = new WebSession(port);
        assertThat(web.anonymous("GET", "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(web.basic("GET", "/actuator/prometheus", "gov.province", DemoFixture.PASSWORD, null).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = web.basic("GET", "/actuator/prometheus", "sysadmin", DemoFixture.PASSWORD, null, "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void theRestApiIsDescribedAtAStableUrl() throws Exception {
        HttpResponse<String> docs = new WebSession(port).anonymous("GET", "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/enterprises")).isTrue();
        assertThat(paths.has("/api/enterprises/{id}/units")).isTrue();
        assertThat(paths.has("/api/regions")).isTrue();
    }
}
