package org.dualcarbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.dualcarbon.support.ComposeSettings;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile {@code mysql} against a real MariaDB/MySQL and a real MQTT broker, configured the way
 * docker/compose.yaml configures the app (its JDBC parameters, read from the file; READ COMMITTED; utf8mb4): Flyway, the Camunda
 * schema, the demo data loader, the scope filter and the broker connection all work there. Runs in a random
 * schema that is dropped afterwards. Needs DC_TEST_MYSQL_URL (e.g. jdbc:mysql://127.0.0.1:3306/) and
 * DC_TEST_MQTT_URL; .ci/run sets both.
 */
class MysqlProfileTest {

    /** The JDBC parameters docker/compose.yaml gives the app, so that this test proves the shipped settings. */
    static final String PARAMETERS = ComposeSettings.jdbcParameters();

    static String server;
    static String user;
    static String password;
    static String schema;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void startPlatformOnMariaDb() throws SQLException {
        server = System.getenv("DC_TEST_MYSQL_URL");
        String broker = System.getenv("DC_TEST_MQTT_URL");
        assumeTrue(server != null && !server.isBlank(), "DC_TEST_MYSQL_URL is not set: no MySQL/MariaDB to test against");
        assumeTrue(broker != null && !broker.isBlank(), "DC_TEST_MQTT_URL is not set: no MQTT broker to test against");
        server = server.endsWith("/") ? server : server + "/";
        user = System.getenv().getOrDefault("DC_TEST_MYSQL_USER", "root");
        password = System.getenv().getOrDefault("DC_TEST_MYSQL_PASSWORD", "");
        schema = "dc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server + PARAMETERS, user, password)) {
            c.createStatement().execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        app = new SpringApplicationBuilder(DualCarbonApplication.class).profiles("mysql").properties(Map.of(
                "server.port", "0",
                "DC_DB_URL", server + schema + PARAMETERS,
                "DC_DB_USER", user,
                "DC_DB_PASSWORD", password,
                "DC_MQTT_URL", broker,
                "DC_MQTT_USER", System.getenv().getOrDefault("DC_TEST_MQTT_USER", ""),
                "DC_MQTT_PASSWORD", System.getenv().getOrDefault("DC_TEST_MQTT_PASSWORD", ""),
                "DC_DEMO", "true",
                "dc.data-dir", "target/mysql-profile-test")).run();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (app != null) {
            app.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(server + PARAMETERS, user, password)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void runsWithReadCommittedAndUtf8mb4() throws SQLException {
        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(c.getMetaData().getDatabaseProductName()).isIn("MySQL", "MariaDB");
        }
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?",
                String.class, schema)).isEqualTo("utf8mb4");
        assertThat(jdbc.queryForObject("SELECT name FROM region WHERE code = '640000'", String.class)).isEqualTo("宁夏回族自治区");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF", Long.class)).isPositive();
    }

    @Test
    void readingsArePartitionedByMonthWithTheComingMonthsReady() {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        java.util.List<String> partitions = jdbc.queryForList("SELECT PARTITION_NAME FROM information_schema.PARTITIONS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'monitoring_reading' ORDER BY PARTITION_ORDINAL_POSITION",
                String.class);
        java.time.YearMonth ahead = java.time.YearMonth.now().plusMonths(3);
        assertThat(partitions).contains("p_old", "p_future",
                String.format("p%d%02d", ahead.getYear(), ahead.getMonthValue()));
        assertThat(partitions.get(partitions.size() - 1)).isEqualTo("p_future");
    }

    @Test
    void healthReportsDatabaseBrokerAndEngine() throws Exception {
        WebSession web = new WebSession(port());
        JsonNode health = new ObjectMapper().readTree(
                web.basic("GET", "/actuator/health", "sysadmin", DemoFixture.PASSWORD, null).body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/mqtt/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/processEngine/status").asText()).isEqualTo("UP");
    }

    @Test
    void demoDataAndScopesWorkOnMariaDb() throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long cityEnterprises = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE scope_path LIKE '/640000/640100/%'", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class)).isGreaterThanOrEqualTo(40);
        WebSession web = new WebSession(port());
        JsonNode page = new ObjectMapper().readTree(
                web.basic("GET", "/api/enterprises?size=200", "gov.city", DemoFixture.PASSWORD, null).body());
        assertThat(page.get("total").asLong()).isEqualTo(cityEnterprises);
        page.get("items").forEach(e -> assertThat(e.get("scopePath").asText()).startsWith("/640000/640100/"));
        assertThat(web.anonymous("GET", "/engine-rest/task").statusCode()).isEqualTo(401);
    }
}
