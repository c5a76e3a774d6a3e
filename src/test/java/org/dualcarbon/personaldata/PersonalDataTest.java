package org.dualcarbon.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data (issue 9 item 6): the contact person is ciphertext in the database, masked in pages and API answers,
 * revealed and exported only with a reason and an audit row, exported as that person's data alone, erased on request,
 * and never written to the log.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

    private static final String NAME = "王小明";
    private static final String PHONE = "13800138000";
    private static final String OTHER_PHONE = "13900139000";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> api(String method, String path, String user, String body) {
        return new WebSession(port).basic(method, path, user, DemoFixture.PASSWORD, body);
    }

    private long ownEnterprise() {
        return jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent.manager'", Long.class);
    }

    private long otherEnterprise() {
        return jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE id <> ?", Long.class, ownEnterprise());
    }

    @Test
    void theContactIsCiphertextInTheDatabaseMaskedInTheApiAndThePageAndNeverLogged(CapturedOutput output) throws Exception {
        long id = ownEnterprise();
        HttpResponse<String> saved = api("PUT", "/api/enterprises/" + id + "/contact", "ent.manager",
                "{\"name\":\"" + NAME + "\",\"phone\":\"" + PHONE + "\",\"email\":\"wang@example.com\",\"jobTitle\":\"能源主管\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode masked = json.readTree(saved.body());
        assertThat(masked.path("name").asText()).isEqualTo("王**");
        assertThat(masked.path("phone").asText()).isEqualTo("138****8000");
        assertThat(masked.path("email").asText()).isEqualTo("w***@example.com");

        var row = jdbc.queryForMap("SELECT name_enc, phone_enc, email_enc FROM contact_person WHERE enterprise_id = ?", id);
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("v1:").doesNotContain(NAME)
                .doesNotContain(PHONE).doesNotContain("wang@"));

        assertThat(api("GET", "/api/enterprises/" + id + "/contact", "gov.province", null).body()).contains("138****8000")
                .doesNotContain(PHONE);
        WebSession page = new WebSession(port);
        page.login("ent.manager", DemoFixture.PASSWORD);
        String html = page.get("/org/enterprises/" + id + "/contact").body();
        assertThat(html).contains("138****8000").contains("王**").doesNotContain(PHONE).doesNotContain(NAME);
        assertThat(page.get("/org/enterprises/" + id).body()).contains("/org/enterprises/" + id + "/contact");

        HttpResponse<String> revealed = api("POST", "/api/enterprises/" + id + "/contact/reveal", "ent.manager",
                "{\"reason\":\"核实报告数据需电话联系\"}");
        assertThat(json.readTree(revealed.body()).path("phone").asText()).isEqualTo(PHONE);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE event = 'PERSONAL_DATA_REVEALED' AND object_id = ? "
                + "ORDER BY id DESC LIMIT 1", String.class, String.valueOf(id))).isEqualTo("核实报告数据需电话联系");

        assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain(NAME).doesNotContain("wang@example.com");
    }

    @Test
    void badInputNamesTheFieldAndOthersGetNothing() throws Exception {
        long id = ownEnterprise();
        HttpResponse<String> bad = api("PUT", "/api/enterprises/" + id + "/contact", "ent.manager",
                "{\"name\":\"张三\",\"phone\":\"12345\",\"email\":\"not-an-email\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("phone").contains("email").contains("11位");
        assertThat(api("POST", "/api/enterprises/" + id + "/contact/reveal", "ent.manager", "{\"reason\":\"\"}").body())
                .contains("reason");
        assertThat(api("POST", "/api/enterprises/" + id + "/contact/reveal", "ent.filler", "{\"reason\":\"想看看\"}").statusCode())
                .isEqualTo(403);
        assertThat(api("GET", "/api/enterprises/" + otherEnterprise() + "/contact", "ent.manager", null).statusCode()).isEqualTo(404);
        assertThat(api("PUT", "/api/enterprises/" + otherEnterprise() + "/contact", "ent.manager",
                "{\"name\":\"李四\",\"phone\":\"" + OTHER_PHONE + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void anExportHoldsThatPersonAloneAndAnErasedContactIsGone() throws Exception {
        long id = ownEnterprise();
        long other = otherEnterprise();
        api("PUT", "/api/enterprises/" + id + "/contact", "ent.manager", "{\"name\":\"" + NAME + "\",\"phone\":\"" + PHONE + "\"}");
        assertThat(api("PUT", "/api/enterprises/" + other + "/contact", "gov.province",
                "{\"name\":\"李四\",\"phone\":\"" + OTHER_PHONE + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> export = api("GET", "/api/enterprises/" + id + "/contact/export?reason=" + java.net.URLEncoder.encode(
                "本人申请获取副本", java.nio.charset.StandardCharsets.UTF_8), "gov.province", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode copy = json.readTree(export.body());
        assertThat(copy.path("person").path("mobilePhone").asText()).isEqualTo(PHONE);
        assertThat(export.body()).doesNotContain(OTHER_PHONE).doesNotContain("李四");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE event = 'PERSONAL_DATA_EXPORTED' AND object_id = ?",
                Long.class, String.valueOf(id))).isPositive();

        assertThat(api("DELETE", "/api/enterprises/" + other + "/contact?reason=" + java.net.URLEncoder.encode("本人要求删除",
                java.nio.charset.StandardCharsets.UTF_8), "gov.province", null).statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_person WHERE enterprise_id = ?", Long.class, other)).isZero();
    }

    @Test
    void aUserDownloadsHisOwnDataAndNoOneElses() throws Exception {
        WebSession city = new WebSession(port);
        city.login("gov.city", DemoFixture.PASSWORD);
        HttpResponse<String> mine = city.getJson("/account/my-data");
        assertThat(mine.statusCode()).isEqualTo(200);
        JsonNode copy = json.readTree(mine.body());
        assertThat(copy.path("account").path("username").asText()).isEqualTo("gov.city");
        assertThat(copy.path("auditEntries")).isNotEmpty().allSatisfy(e -> assertThat(e.path("username").asText()).isEqualTo("gov.city"));
        assertThat(mine.body()).doesNotContain("password_hash").doesNotContain("{bcrypt}");
    }
}
