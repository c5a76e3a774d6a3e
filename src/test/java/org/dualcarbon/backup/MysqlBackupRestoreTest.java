package org.dualcarbon.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MySQL/MariaDB path of the documented backup and restore: {@code mysqldump --single-transaction} of a schema
 * shaped like the platform's (Flyway history, ledger, binary and Chinese text) and its restore into an empty schema,
 * byte for byte. Needs DC_TEST_MYSQL_URL (e.g. jdbc:mysql://127.0.0.1:3306/) and the client tools; the full drill
 * with the platform and the ledger verification runs on H2 in {@link BackupRestoreTest}.
 */
class MysqlBackupRestoreTest {

    private static final byte[] BLOB = {0, 1, 2, (byte) 0xFF, 0x27, 0x5C, 0x0A};

    @TempDir
    Path dir;
    private String server;
    private String user;
    private String password;
    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void server() {
        server = System.getenv("DC_TEST_MYSQL_URL");
        assumeTrue(server != null && !server.isBlank(), "DC_TEST_MYSQL_URL is not set: no MySQL/MariaDB to test against");
        try {
            DatabaseDump.tool("mariadb-dump", "mysqldump");
        } catch (BackupException e) {
            assumeTrue(false, e.getMessage());
        }
        user = System.getenv().getOrDefault("DC_TEST_MYSQL_USER", "root");
        password = System.getenv().getOrDefault("DC_TEST_MYSQL_PASSWORD", "");
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (server == null || server.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    @Test
    void aDumpRestoresIntoAnEmptySchemaAndNotIntoAFullOne() throws Exception {
        String source = schema();
        String target = schema();
        try (Connection c = DriverManager.getConnection(url(source), user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY, version VARCHAR(50), success BOOLEAN)");
            s.execute("INSERT INTO flyway_schema_history VALUES (1, '1', TRUE), (2, '10_1', TRUE), (3, '9', TRUE)");
            s.execute("CREATE TABLE ledger_record (seq BIGINT PRIMARY KEY, entry_hash CHAR(64))");
            s.execute("INSERT INTO ledger_record VALUES (0, REPEAT('a', 64)), (1, REPEAT('b', 64))");
            s.execute("CREATE TABLE ledger_tree_head (id BIGINT AUTO_INCREMENT PRIMARY KEY, tree_size BIGINT, root_hash CHAR(64), "
                    + "signed_at VARCHAR(32), key_id CHAR(64))");
            s.execute("INSERT INTO ledger_tree_head (tree_size, root_hash, signed_at, key_id) VALUES (2, REPEAT('c', 64), "
                    + "'2026-11-24T00:00:00Z', REPEAT('d', 64))");
            s.execute("CREATE TABLE report_attachment (id BIGINT PRIMARY KEY, file_name VARCHAR(200), content MEDIUMBLOB) "
                    + "DEFAULT CHARSET = utf8mb4");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_attachment VALUES (1, ?, ?)")) {
                insert.setString(1, "宁夏某电厂 2025 年报 'quoted' \\ 😀.xlsx");
                insert.setBytes(2, BLOB);
                insert.executeUpdate();
            }
        }
        Path key = java.nio.file.Files.writeString(dir.resolve("ledger.pem"), "key");
        DocumentedCommands docs = new DocumentedCommands(Path.of("docs/disaster-recovery.md"));
        Path backup = dir.resolve("backup");
        Map<String, String> vars = Map.of("BACKUP_DIR", backup.toString(), "LEDGER_KEY", key.toString(), "FIELD_KEY", key.toString());
        DocumentedCommands.Result backedUp = docs.run("backup", with(vars, url(source)), "--db-user", user, "--db-password", password);
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        BackupManifest manifest = BackupManifest.read(backup);
        assertThat(manifest.databaseKind()).isEqualTo("MYSQL");
        assertThat(manifest.schemaVersion()).isEqualTo("10_1");
        assertThat(manifest.ledgerRecords()).isEqualTo(2);
        assertThat(manifest.latestTreeHead().treeSize()).isEqualTo(2);

        DocumentedCommands.Result restored = docs.run("restore", with(vars, url(target)), "--db-user", user, "--db-password", password);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        try (Connection c = DriverManager.getConnection(url(target), user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT file_name, content FROM report_attachment WHERE id = 1")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("宁夏某电厂 2025 年报 'quoted' \\ 😀.xlsx");
            assertThat(r.getBytes(2)).isEqualTo(BLOB);
        }
        DocumentedCommands.Result again = docs.run("restore", with(vars, url(target)), "--db-user", user, "--db-password", password);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("is not empty (4 tables)");
    }

    private static Map<String, String> with(Map<String, String> vars, String url) {
        Map<String, String> all = new java.util.HashMap<>(vars);
        all.put("DC_DB_URL", url);
        return all;
    }

    private String schema() throws Exception {
        String name = "dc_backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        schemas.add(name);
        return name;
    }

    private String url(String schema) {
        String base = server.endsWith("/") ? server : server + "/";
        return base + schema + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }
}
