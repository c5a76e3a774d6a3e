package org.dualcarbon.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.DemoSecondFactor;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The TOTP second factor of the administrators and rule authors (issue 9 item 4; security.md §7 test 5): the RFC 6238
 * reference values, the second login step for pages, Tasklist and the API, one use per code, enrolment at the first
 * login, wrong codes audited and counted towards the lockout.
 */
@PlatformTest
class SecondFactorTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRfc6238ReferenceValuesSha1() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        Map<Long, String> appendixB = Map.of(59L, "94287082", 1111111109L, "07081804", 1111111111L, "14050471",
                1234567890L, "89005924", 2000000000L, "69279037", 20000000000L, "65353130");
        appendixB.forEach((t, code) -> assertThat(Totp.code(secret, Totp.step(t), 8)).as("T=" + t).isEqualTo(code));
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, Totp.step(1111111109L) + 1, 6), 1111111109L))
                .isEqualTo(Totp.step(1111111109L) + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, Totp.step(1111111109L) + 2, 6), 1111111109L)).isEqualTo(-1);
    }

    @Test
    void anAdministratorsPasswordAloneOpensNothingTheCodeOpensAllOnceWithANewSession() {
        WebSession web = new WebSession(port);
        String first = web.postForm("/login", List.of(Map.entry("username", "auditadmin"), Map.entry("password", DemoFixture.PASSWORD),
                Map.entry("_csrf", web.csrfToken("/login")))).headers().firstValue("Location").orElse("");
        assertThat(first).doesNotContain("error");
        assertThat(web.get("/").headers().firstValue("Location").orElse("")).endsWith("/login/otp");
        assertThat(web.get("/audit").headers().firstValue("Location").orElse("")).endsWith("/login/otp");
        assertThat(web.get("/camunda/app/tasklist/default/").statusCode()).as("no Tasklist for this role anyway").isEqualTo(403);
        WebSession author = new WebSession(port);
        author.postForm("/login", List.of(Map.entry("username", "rule.author"), Map.entry("password", DemoFixture.PASSWORD),
                Map.entry("_csrf", author.csrfToken("/login"))));
        assertThat(author.get("/camunda/app/tasklist/default/").headers().firstValue("Location").orElse(""))
                .as("Tasklist is behind the second factor").endsWith("/login/otp");
        assertThat(web.getJson("/api/ledger/public-key").statusCode()).isEqualTo(401);
        String sessionBefore = web.cookie("JSESSIONID");

        HttpResponse<String> wrong = web.postForm("/login/otp", List.of(Map.entry("code", "000000"),
                Map.entry("_csrf", web.csrfToken("/login/otp"))));
        assertThat(wrong.body()).contains("otp-error");
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE event = 'LOGIN_FAILED' AND username = 'auditadmin' "
                + "ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("SecondFactorFailedException");
        jdbc.update("UPDATE app_user SET failed_logins = 0 WHERE username = 'auditadmin'");

        String code = DemoSecondFactor.nextLoginCode("auditadmin");
        HttpResponse<String> right = web.postForm("/login/otp", List.of(Map.entry("code", code),
                Map.entry("_csrf", web.csrfToken("/login/otp"))));
        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(web.cookie("JSESSIONID")).isNotEqualTo(sessionBefore);
        assertThat(web.get("/audit").statusCode()).isEqualTo(200);

        WebSession replay = new WebSession(port);
        replay.postForm("/login", List.of(Map.entry("username", "auditadmin"), Map.entry("password", DemoFixture.PASSWORD),
                Map.entry("_csrf", replay.csrfToken("/login"))));
        assertThat(replay.postForm("/login/otp", List.of(Map.entry("code", code), Map.entry("_csrf", replay.csrfToken("/login/otp"))))
                .body()).as("a code is accepted once").contains("otp-error");
        jdbc.update("UPDATE app_user SET failed_logins = 0 WHERE username = 'auditadmin'");
    }

    @Test
    void theApiOfTheseRolesNeedsACurrentCodeInItsHeader() {
        WebSession web = new WebSession(port);
        assertThat(web.anonymousBasic("/api/ledger/public-key", "auditadmin", DemoFixture.PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(web.anonymousBasic("/api/ledger/public-key", "auditadmin", DemoFixture.PASSWORD, "123456").statusCode()).isEqualTo(401);
        assertThat(web.anonymousBasic("/api/ledger/public-key", "auditadmin", DemoFixture.PASSWORD, DemoSecondFactor.currentCode())
                .statusCode()).isEqualTo(200);
        jdbc.update("UPDATE app_user SET failed_logins = 0 WHERE username = 'auditadmin'");
        assertThat(web.anonymousBasic("/api/regions", "gov.city", DemoFixture.PASSWORD, null).statusCode())
                .as("other roles need no second factor").isEqualTo(200);
    }

    @Test
    void aNewAccountEnrolsAtItsFirstLoginAndFiveWrongCodesLockIt() {
        for (String user : List.of("otp.enrol", "otp.lock")) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, user) == 0) {
                jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role) "
                        + "SELECT ?, '口令测试', password_hash, role FROM app_user WHERE username = 'rule.author'", user);
            }
        }
        WebSession web = new WebSession(port);
        web.postForm("/login", List.of(Map.entry("username", "otp.enrol"), Map.entry("password", DemoFixture.PASSWORD),
                Map.entry("_csrf", web.csrfToken("/login"))));
        String page = web.get("/login/otp").body();
        Matcher secret = Pattern.compile("data-testid=\"otp-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        assertThat(page).contains("otpauth://totp/");
        byte[] key = Totp.fromBase32(secret.group(1));
        String code = Totp.code(key, Totp.step(System.currentTimeMillis() / 1000), 6);
        assertThat(web.postForm("/login/otp", List.of(Map.entry("code", code), Map.entry("_csrf", web.csrfToken("/login/otp"))))
                .headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(jdbc.queryForObject("SELECT totp_secret_enc FROM app_user WHERE username = 'otp.enrol'", String.class))
                .startsWith("v1:").doesNotContain(secret.group(1));

        jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = 'otp.lock'");
        jdbc.update("UPDATE app_user SET totp_secret_enc = (SELECT totp_secret_enc FROM app_user WHERE username = 'sysadmin') "
                + "WHERE username = 'otp.lock'");
        WebSession locked = new WebSession(port);
        locked.postForm("/login", List.of(Map.entry("username", "otp.lock"), Map.entry("password", DemoFixture.PASSWORD),
                Map.entry("_csrf", locked.csrfToken("/login"))));
        for (int i = 0; i < 5; i++) {
            locked.postForm("/login/otp", List.of(Map.entry("code", String.format("%06d", i)), Map.entry("_csrf", locked.csrfToken("/login/otp"))));
        }
        assertThat(jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = 'otp.lock'", java.sql.Timestamp.class))
                .isNotNull();
        assertThat(locked.postForm("/login/otp", List.of(Map.entry("code", DemoSecondFactor.currentCode()),
                Map.entry("_csrf", locked.csrfToken("/login/otp")))).headers().firstValue("Location").orElse("")).contains("/login?error");
    }
}
