package org.dualcarbon.security.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 攻击测试集 — the counted attack suite (issue 9 item 10; security.md §7). Each case is an attack through the real HTTP
 * stack (our login, CSRF, Spring Security, the scope filter, the engine's REST API). Every case must fail safely: the
 * right status, a body that reveals nothing internal, the business tables unchanged, and an audit row of the attempt.
 * The README's security section lists the same case ids ({@link #theReadmeListsEveryCase}).
 */
@PlatformTest
class AttackSuiteTest {

    /** What a response body must never show: stack traces, class and package names, SQL errors, server paths. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (org|java|jdk)\\.|org\\.dualcarbon|org\\.springframework|java\\.lang|SQLSTATE|syntax error|/work/|/home/");
    private static final List<String> BUSINESS_TABLES = List.of("enterprise", "emission_unit", "park", "enterprise_group",
            "app_user", "activity_record", "accounting_run", "unit_report", "report_submission", "monitoring_device",
            "factor_library_version", "monitoring_threshold_version", "regional_statistics", "reporting_cycle");
    private static final String XSS = "<script>alert('dc')</script>";
    private static final String XSS_IMG = "<img src=x onerror=alert(1)>";
    private static final String FTL = "${7*7}<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, WebSession> sessions = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyAttackFailsSafelyAndIsAudited() {
        return attacks().stream().map(a -> DynamicTest.dynamicTest(a.id() + " " + a.category() + ": " + a.title(), () -> run(a)));
    }

    @Test
    void theSuiteHasAtLeastFortyCasesInEveryCategoryOfTheIssue() {
        List<Attack> attacks = attacks();
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(40);
        assertThat(attacks.stream().map(Attack::id).distinct()).hasSameSizeAs(attacks);
        assertThat(attacks.stream().map(Attack::category).collect(Collectors.toSet())).containsAll(Set.of(
                "IDOR enterprise", "IDOR region", "privilege escalation", "CSRF", "stored XSS", "SQL injection",
                "template injection", "zip bomb", "XXE", "upload", "formula injection", "unauthenticated", "brute force",
                "session"));
    }

    @Test
    void theReadmeListsEveryCase() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher rows = Pattern.compile("(?m)^\\| (AT\\d{2}) \\|").matcher(readme);
        List<String> listed = new ArrayList<>();
        while (rows.find()) {
            listed.add(rows.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(attacks().stream().map(Attack::id).toList());
    }

    private void run(Attack attack) throws Exception {
        Map<String, Long> before = businessCounts();
        long lastAudit = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_log", Long.class);
        HttpResponse<String> response = attack.request().send();
        assertThat(response.statusCode()).as(attack.id() + " status; body: " + clip(response.body()))
                .isIn(attack.statuses());
        assertThat(INTERNALS.matcher(response.body() == null ? "" : response.body()).find())
                .as(attack.id() + " body reveals nothing internal: " + clip(response.body())).isFalse();
        if (!attack.writes()) {
            assertThat(businessCounts()).as(attack.id() + " changed nothing").isEqualTo(before);
        }
        // the row of a refused request or an export is written when the response has been produced, which the client may
        // see a moment before the row is committed
        List<String> events = List.of();
        for (long deadline = System.currentTimeMillis() + 5_000; System.currentTimeMillis() < deadline; Thread.sleep(50)) {
            events = jdbc.queryForList("SELECT event FROM audit_log WHERE id > ?", String.class, lastAudit);
            if (events.contains(attack.auditEvent())) {
                break;
            }
        }
        assertThat(events).as(attack.id() + " audit rows").contains(attack.auditEvent());
        attack.afterwards().accept(response.statusCode() == 302
                ? session("auditor").get("/audit?event=LOGIN_FAILED").body() : response.body());
    }

    private List<Attack> attacks() {
        Ids ids = new Ids(jdbc);
        List<Attack> all = new ArrayList<>();
        // IDOR across enterprises: the filler of one enterprise asks for another's objects by id
        all.add(Attack.of("AT01", "IDOR enterprise", "another enterprise's record over the API", 404, "NOT_FOUND",
                () -> session("ent.filler").getJson("/api/enterprises/" + ids.otherEnterprise)));
        all.add(Attack.of("AT02", "IDOR enterprise", "another enterprise's page", 404, "NOT_FOUND",
                () -> session("ent.filler").get("/org/enterprises/" + ids.otherEnterprise)));
        all.add(Attack.of("AT03", "IDOR enterprise", "another enterprise's emission units over the API", 404, "NOT_FOUND",
                () -> session("ent.filler").getJson("/api/enterprises/" + ids.otherEnterprise + "/units")));
        all.add(Attack.of("AT04", "IDOR enterprise", "another enterprise's emission unit page", 404, "NOT_FOUND",
                () -> session("ent.manager").get("/org/units/" + ids.otherUnit + "/edit")));
        all.add(Attack.of("AT05", "IDOR enterprise", "another enterprise's accounting run (explanation page)", 404, "NOT_FOUND",
                () -> session("ent.filler").get("/emissions/runs/" + ids.otherRun)));
        all.add(Attack.of("AT06", "IDOR enterprise", "another enterprise's accounting run over the API", 404, "NOT_FOUND",
                () -> session("ent.filler").getJson("/api/accounting/runs/" + ids.otherRun)));
        all.add(Attack.of("AT07", "IDOR enterprise", "another enterprise's emissions page", 404, "NOT_FOUND",
                () -> session("ent.filler").get("/emissions/enterprises/" + ids.otherEnterprise + "?year=2024")));
        all.add(Attack.of("AT08", "IDOR enterprise", "changing another enterprise's emission unit (PUT)", 404, "NOT_FOUND",
                () -> new WebSession(port).basic("PUT", "/api/units/" + ids.otherUnit, "ent.manager", DemoFixture.PASSWORD,
                        ids.otherUnitJson)));
        all.add(Attack.of("AT09", "IDOR enterprise", "another enterprise's monitoring device", 404, "NOT_FOUND",
                () -> session("ent.filler").getJson("/api/monitoring/devices/" + ids.otherDevice)));
        // IDOR across regions: a county official asks for objects of another county
        all.add(Attack.of("AT10", "IDOR region", "an enterprise of another county over the API", 404, "NOT_FOUND",
                () -> session("gov.district").getJson("/api/enterprises/" + ids.enterpriseOutsideDistrict)));
        all.add(Attack.of("AT11", "IDOR region", "an enterprise page of another county", 404, "NOT_FOUND",
                () -> session("gov.district").get("/org/enterprises/" + ids.enterpriseOutsideDistrict)));
        all.add(Attack.of("AT12", "IDOR region", "an accounting run of another county", 404, "NOT_FOUND",
                () -> session("gov.district").get("/emissions/runs/" + ids.runOutsideDistrict)));
        all.add(Attack.of("AT13", "IDOR region", "an emission unit of another county over the API (PUT)", 404, "NOT_FOUND",
                () -> new WebSession(port).basic("PUT", "/api/units/" + ids.unitOutsideDistrict, "gov.district",
                        DemoFixture.PASSWORD, ids.otherUnitJson)));
        // privilege escalation: a role asks for an action the role × permission matrix does not give it
        all.add(Attack.of("AT14", "privilege escalation", "enterprise filler launches a reporting cycle", 403, "ACCESS_DENIED",
                () -> session("ent.filler").postForm("/reporting/cycles", List.of(Map.entry("year", "2011"),
                        Map.entry("regionCode", "640000"), Map.entry("_csrf", session("ent.filler").csrfToken("/"))))));
        all.add(Attack.of("AT15", "privilege escalation", "rule author reads business reports", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basic("GET", "/api/enterprises", "rule.author", DemoFixture.PASSWORD, null)));
        all.add(Attack.of("AT16", "privilege escalation", "system administrator reads the audit log", 403, "ACCESS_DENIED",
                () -> session("sysadmin").get("/audit")));
        all.add(Attack.of("AT17", "privilege escalation", "audit administrator manages users", 403, "ACCESS_DENIED",
                () -> session("auditadmin").get("/admin/users")));
        all.add(Attack.of("AT18", "privilege escalation", "security administrator reads enterprises", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basic("GET", "/api/enterprises", "secadmin", DemoFixture.PASSWORD, null)));
        all.add(Attack.of("AT19", "privilege escalation", "auditor records GDP statistics", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basic("POST", "/api/analysis/statistics/gdp", "auditor", DemoFixture.PASSWORD,
                        "{\"regionCode\":\"640000\",\"year\":2001,\"value\":1,\"priceBaseYear\":2001,\"source\":\"x\",\"status\":\"DEMO\"}")));
        all.add(Attack.of("AT20", "privilege escalation", "system administrator walks the ledger", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basic("POST", "/api/ledger/verify", "sysadmin", DemoFixture.PASSWORD, null)));
        all.add(Attack.of("AT21", "privilege escalation", "city official creates a user account", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basic("POST", "/api/users", "gov.city", DemoFixture.PASSWORD,
                        "{\"username\":\"evil\",\"displayName\":\"evil\",\"role\":\"SYSTEM_ADMIN\",\"initialPassword\":\"Evil@2026x\"}")));
        all.add(Attack.of("AT22", "privilege escalation", "auditor uploads a monitoring threshold table", 403, "ACCESS_DENIED",
                () -> new WebSession(port).basicMultipart("/api/monitoring/thresholds/versions", "auditor", DemoFixture.PASSWORD,
                        Map.of("reason", "escalation"), "file", "thresholds.csv", "NAME\n".getBytes(StandardCharsets.UTF_8))));
        // CSRF: a signed-in browser session posts a form without the token, or with a forged one
        all.add(Attack.of("AT23", "CSRF", "form post without a token", 403, "ACCESS_DENIED",
                () -> session("gov.city").postForm("/org/parks", List.of(Map.entry("name", "csrf park")))));
        all.add(Attack.of("AT24", "CSRF", "form post with a forged token", 403, "ACCESS_DENIED",
                () -> session("gov.city").postForm("/org/parks", List.of(Map.entry("name", "csrf park"),
                        Map.entry("_csrf", "forged-token")))));
        all.add(Attack.of("AT25", "CSRF", "JSON call of a browser session without the token", 403, "ACCESS_DENIED",
                () -> session("gov.province").call("POST", "/api/analysis/statistics/gdp", "application/json",
                        "{\"regionCode\":\"640000\",\"year\":2001,\"value\":1}")));
        all.add(Attack.of("AT26", "CSRF", "password change without a token", 403, "ACCESS_DENIED",
                () -> session("gov.district").postForm("/account/password", List.of(Map.entry("current", DemoFixture.PASSWORD),
                        Map.entry("password", "Attack@2026x"), Map.entry("confirm", "Attack@2026x")))));
        // stored XSS and template injection: text an attacker controls (here a user name at the login, kept in the audit
        // log) is later shown to the auditors; it must arrive as text
        all.add(loginAsText("AT27", "stored XSS", "a script tag as user name, shown in the audit log", XSS)
                .then(page -> assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(")));
        all.add(loginAsText("AT28", "stored XSS", "an event-handler attribute as user name", XSS_IMG)
                .then(page -> assertThat(page).doesNotContain(XSS_IMG).contains("&lt;img src=x onerror=alert(1)&gt;")));
        all.add(loginAsText("AT29", "template injection", "FreeMarker interpolation and ?new as user name", FTL)
                .then(page -> assertThat(page).contains("${7*7}&lt;#assign ex=").doesNotContain("uid=")));
        all.add(loginAsText("AT30", "SQL injection", "a tautology as user name at the login", "' OR '1'='1' -- ")
                .then(page -> assertThat(page).contains("OR ").contains("1")));
        all.add(Attack.of("AT31", "SQL injection", "a tautology in the audit log's user filter", 200, "AUDIT_VIEWED",
                () -> session("auditor").get("/audit?user=" + enc("' OR '1'='1"))).then(body ->
                assertThat(body).doesNotContain("data-audit=")));
        all.add(Attack.of("AT32", "SQL injection", "SQL in a numeric path id", 400, "INPUT_REJECTED",
                () -> session("gov.province").getJson("/api/enterprises/" + enc("1 OR 1=1"))));
        all.add(Attack.of("AT33", "SQL injection", "SQL in a ranking sort key", 400, "INPUT_REJECTED",
                () -> session("gov.province").getJson("/api/analysis/rankings?sort=" + enc("name;DROP TABLE enterprise"))));
        // hostile files, against the rule authors' threshold upload (the same guards serve every upload)
        all.add(upload("AT34", "zip bomb", "an .xlsx that inflates a thousandfold", zipBomb()));
        all.add(upload("AT35", "XXE", "an .xlsx whose workbook part declares an external entity", xxe()));
        all.add(upload("AT36", "upload", "a file named .xlsx that is no workbook", "MZ this is a program".getBytes(StandardCharsets.UTF_8)));
        all.add(upload("AT37", "upload", "an old binary .xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}));
        // formula injection: text stored by one user that a spreadsheet would run when another exports it
        all.add(Attack.of("AT38", "formula injection", "a device named as a formula, exported to CSV", 200, "EXPORT",
                () -> exportWithFormula("csv")).storing().then(body -> assertThat(body).contains("'" + FORMULA.replace("\"", "\"\""))
                .doesNotContain("," + FORMULA.replace("\"", "\"\"")).doesNotContain(",\"" + FORMULA.replace("\"", "\"\""))));
        // unauthenticated calls
        all.add(Attack.of("AT39", "unauthenticated", "the REST API without credentials", 401, "AUTH_REQUIRED",
                () -> new WebSession(port).anonymous("GET", "/api/enterprises")));
        all.add(Attack.of("AT40", "unauthenticated", "the engine's REST API without credentials", 401, "AUTH_REQUIRED",
                () -> new WebSession(port).anonymous("GET", "/engine-rest/task")));
        all.add(Attack.of("AT41", "unauthenticated", "the metrics endpoint without credentials", 401, "AUTH_REQUIRED",
                () -> new WebSession(port).anonymous("GET", "/actuator/prometheus")));
        all.add(Attack.of("AT42", "unauthenticated", "the ledger's records without credentials", 401, "AUTH_REQUIRED",
                () -> new WebSession(port).anonymous("GET", "/api/ledger/records")));
        all.add(Attack.of("AT43", "unauthenticated", "the API with a wrong password", 401, "LOGIN_FAILED",
                () -> new WebSession(port).basic("GET", "/api/enterprises", "gov.city", "not-the-password", null)));
        // brute force: an account of the suite's own, so no demo login is locked
        all.add(Attack.of("AT44", "brute force", "the right password after five wrong ones", 401, "LOGIN_FAILED",
                this::bruteForce));
        // sessions
        all.add(Attack.of("AT45", "session", "a session cookie reused after logout", 401, "AUTH_REQUIRED",
                this::reuseAfterLogout));
        return all;
    }

    /** A failed login with a hostile user name; the check then reads what the auditors see of it. */
    private Attack loginAsText(String id, String category, String title, String userName) {
        return Attack.of(id, category, title, 302, "LOGIN_FAILED", () -> {
            WebSession attacker = new WebSession(port);
            return attacker.postForm("/login", List.of(Map.entry("username", userName), Map.entry("password", "x"),
                    Map.entry("_csrf", attacker.csrfToken("/login"))));
        });
    }

    private Attack upload(String id, String category, String title, byte[] file) {
        return Attack.of(id, category, title, 400, "INPUT_REJECTED", () -> new WebSession(port).basicMultipart(
                "/api/monitoring/thresholds/versions", "rule.author", DemoFixture.PASSWORD, Map.of("reason", "attack " + id),
                "file", "thresholds.xlsx", file));
    }

    private HttpResponse<String> exportWithFormula(String format) {
        long unit = jdbc.queryForObject("SELECT MIN(u.id) FROM emission_unit u JOIN app_user a ON a.enterprise_id = u.enterprise_id "
                + "WHERE a.username = 'ent.manager'", Long.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_device WHERE mn = 'ATTACKFORMULA01'", Long.class) == 0) {
            HttpResponse<String> created = new WebSession(port).basic("POST", "/api/monitoring/devices", "ent.manager",
                    DemoFixture.PASSWORD, "{\"mn\":\"ATTACKFORMULA01\",\"name\":\"" + FORMULA.replace("\"", "\\\"")
                            + "\",\"unitId\":" + unit + ",\"protocol\":\"JSON\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return session("ent.manager").get("/monitoring/devices?format=" + format);
    }

    /** A device of another enterprise's unit, registered by the province's official. */
    private long otherDevice(long unit) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_device WHERE mn = 'ATTACKIDOR01'", Long.class) == 0) {
            HttpResponse<String> created = new WebSession(port).basic("POST", "/api/monitoring/devices", "gov.province",
                    DemoFixture.PASSWORD, "{\"mn\":\"ATTACKIDOR01\",\"name\":\"越权测试设备\",\"unitId\":" + unit
                            + ",\"protocol\":\"JSON\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return jdbc.queryForObject("SELECT id FROM monitoring_device WHERE mn = 'ATTACKIDOR01'", Long.class);
    }

    private static final String BRUTE_FORCE_USER = "attack.bruteforce";

    private void bruteForceAccount() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, BRUTE_FORCE_USER) == 0) {
            jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, region_code) "
                    + "SELECT ?, '暴力破解测试', password_hash, role, region_code FROM app_user WHERE username = 'gov.district'",
                    BRUTE_FORCE_USER);
        }
    }

    private HttpResponse<String> bruteForce() {
        String user = BRUTE_FORCE_USER;
        jdbc.update("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = ?", user);
        WebSession web = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(web.basic("GET", "/api/enterprises", user, "wrong-" + i, null).statusCode()).isEqualTo(401);
        }
        return web.basic("GET", "/api/enterprises", user, DemoFixture.PASSWORD, null);
    }

    private HttpResponse<String> reuseAfterLogout() {
        WebSession browser = new WebSession(port);
        browser.login("gov.city", DemoFixture.PASSWORD);
        assertThat(browser.getJson("/api/enterprises").statusCode()).isEqualTo(200);
        browser.postForm("/logout", List.of(Map.entry("_csrf", browser.csrfToken("/"))));
        return browser.getJson("/api/enterprises");
    }

    private WebSession session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            WebSession web = new WebSession(port);
            assertThat(web.login(u, DemoFixture.PASSWORD)).as("login of " + u).doesNotContain("error");
            return web;
        });
    }

    private Map<String, Long> businessCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : BUSINESS_TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    /** The demo objects the attacks aim at: ones the attacker's scope does not cover (one enterprise of another county). */
    private final class Ids {
        final long otherEnterprise;
        final long otherUnit;
        final long otherRun;
        final long otherDevice;
        final String otherUnitJson;
        final long enterpriseOutsideDistrict;
        final long runOutsideDistrict;
        final long unitOutsideDistrict;

        Ids(JdbcTemplate jdbc) {
            String own = "(SELECT enterprise_id FROM app_user WHERE username = 'ent.filler')";
            otherEnterprise = jdbc.queryForObject("SELECT MIN(id) FROM enterprise WHERE id <> " + own
                    + " AND scope_path NOT LIKE '/640000/640100/640181/%'", Long.class);
            otherUnit = jdbc.queryForObject("SELECT MIN(id) FROM emission_unit WHERE enterprise_id = ?", Long.class, otherEnterprise);
            otherRun = runOf(jdbc, otherEnterprise);
            otherDevice = otherDevice(otherUnit);
            otherUnitJson = new WebSession(port).basic("GET", "/api/units/" + otherUnit, "gov.province", DemoFixture.PASSWORD, null)
                    .body().replace("\"name\":\"", "\"name\":\"taken over ");
            bruteForceAccount();
            enterpriseOutsideDistrict = otherEnterprise;
            runOutsideDistrict = otherRun;
            unitOutsideDistrict = otherUnit;
        }

        /** A stored accounting run of the enterprise; the province's official accounts its 2024 data if it has none. */
        private long runOf(JdbcTemplate jdbc, long enterprise) {
            String sql = "SELECT MIN(r.id) FROM accounting_run r JOIN emission_unit u ON u.id = r.unit_id WHERE u.enterprise_id = ?";
            Long run = jdbc.queryForObject(sql, Long.class, enterprise);
            if (run == null) {
                HttpResponse<String> accounted = new WebSession(port).basic("POST", "/api/enterprises/" + enterprise
                        + "/accounting?year=2024", "gov.province", DemoFixture.PASSWORD, null);
                assertThat(accounted.statusCode()).as(accounted.body()).isBetween(200, 201);
                run = jdbc.queryForObject(sql, Long.class, enterprise);
            }
            return run;
        }
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("阈值").createRow(0).createCell(0).setCellValue("NAME");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook with one more entry of 20 MB of zeros: it inflates far beyond POI's minimum ratio. */
    private static byte[] zipBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(
                    new java.io.ByteArrayInputStream(workbook()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(in.readAllBytes());
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 20; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real workbook whose workbook part declares an external entity that reads a local file. */
    private static byte[] xxe() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(
                    new java.io.ByteArrayInputStream(workbook()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] part = in.readAllBytes();
                    if (e.getName().equals("xl/workbook.xml")) {
                        String xml = new String(part, StandardCharsets.UTF_8);
                        xml = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
                        part = xml.replace("阈值", "&xxe;").getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(part);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clip(String body) {
        return body == null ? "" : body.substring(0, Math.min(body.length(), 400));
    }
}
