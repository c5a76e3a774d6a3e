package org.dualcarbon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dualcarbon.ledger.SignedTreeHead;
import org.dualcarbon.ledger.TreeHeads;
import org.dualcarbon.support.PlatformProcess;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The restore drill of docs/disaster-recovery.md §4, run from the document's own command lines: an online backup of the
 * running platform's database (demo data, ledger, audit log, engine), a restore into an empty database, the platform
 * started on it, and the whole ledger verified there. Damaged backups, wrong keys and non-empty targets are refused.
 */
@PlatformTest
class BackupRestoreTest {

    private static final String H2_OPTIONS = ";MODE=MySQL;NON_KEYWORDS=VALUE,YEAR,MONTH";
    private static final List<String> COMPARED = List.of("ledger_record", "ledger_tree_head", "audit_log", "enterprise",
            "emission_unit", "app_user", "accounting_run", "report_attachment", "ACT_RE_PROCDEF", "ACT_HI_PROCINST");

    @Autowired
    DataSource dataSource;
    @Autowired
    TreeHeads treeHeads;
    @Value("${dc.ledger.signing-key}")
    Path signingKey;
    @Value("${dc.crypto.key-file}")
    Path fieldKey;
    @TempDir
    Path dir;

    private DocumentedCommands documented() throws IOException {
        return new DocumentedCommands(Path.of("docs/disaster-recovery.md"));
    }

    private String sourceUrl() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL() + H2_OPTIONS;
        }
    }

    private Map<String, String> variables(Path backup, String dbUrl) {
        return Map.of("BACKUP_DIR", backup.toString(), "DC_DB_URL", dbUrl, "LEDGER_KEY", signingKey.toAbsolutePath().toString(),
                "FIELD_KEY", fieldKey.toAbsolutePath().toString());
    }

    @Test
    void theDocumentedDrillRestoresIntoAnEmptyDatabaseAndTheLedgerVerifiesOnIt() throws Exception {
        DocumentedCommands docs = documented();
        assertThat(docs.steps()).containsKeys("backup", "restore", "verify");
        SignedTreeHead signed = treeHeads.signNow();
        Path backup = dir.resolve("backup");
        DocumentedCommands.Result backedUp = docs.run("backup", variables(backup, sourceUrl()));
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        BackupManifest manifest = BackupManifest.read(backup);
        assertThat(manifest.ledgerRecords()).isPositive();
        assertThat(manifest.latestTreeHead().treeSize()).isGreaterThanOrEqualTo(signed.treeSize());
        assertThat(manifest.keys()).extracting(BackupManifest.KeyEntry::name).containsExactly("ledger", "fields");

        Path data = dir.resolve("data");
        // the platform's own default URL for its data folder (application.yml), so that it finds the restored database
        String restoredUrl = "jdbc:h2:file:" + data.resolve("db/dualcarbon").toAbsolutePath() + H2_OPTIONS + ";AUTO_SERVER=TRUE";
        DocumentedCommands.Result restored = docs.run("restore", variables(backup, restoredUrl));
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        for (String table : COMPARED) {
            assertThat(count(restoredUrl, table)).as(table).isEqualTo(count(sourceUrl(), table));
        }
        DocumentedCommands.Result again = docs.run("restore", variables(backup, restoredUrl));
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("is not empty");

        int port = freePort();
        PlatformProcess platform = PlatformProcess.start(Map.of(), List.of("dc.data-dir=" + data.toAbsolutePath(),
                "server.port=" + port, "dc.demo.enabled=false", "dc.mqtt.embedded-port=" + freePort(),
                "dc.monitoring.hj212-tcp-port=" + freePort(), "dc.ledger.signing-key=" + signingKey.toAbsolutePath(),
                "dc.crypto.key-file=" + fieldKey.toAbsolutePath(),
                "camunda.bpm.job-execution.enabled=false"), Files.createDirectories(Path.of("target/backup-drill")).resolve("restored-platform.log"));
        try {
            platform.awaitLog("Started DualCarbonApplication", 300);
            DocumentedCommands.Result verified = docs.run("verify", Map.of("PLATFORM", "http://localhost:" + port));
            assertThat(verified.exitCode()).as(verified.output()).isZero();
            assertThat(verified.output()).containsPattern("records checked: \\d+").contains("signature valid");
            long checked = Long.parseLong(verified.output().replaceAll("(?s).*records checked: (\\d+).*", "$1"));
            assertThat(checked).isGreaterThanOrEqualTo(manifest.ledgerRecords());
        } finally {
            platform.stop();
        }
    }

    @Test
    void damagedBackupsMissingOrWrongKeysAndOtherDatabasesAreRefusedBeforeAnythingIsWritten() throws Exception {
        DocumentedCommands docs = documented();
        Path backup = dir.resolve("backup");
        assertThat(docs.run("backup", variables(backup, sourceUrl())).exitCode()).isZero();
        String target = "jdbc:h2:file:" + dir.resolve("target/db").toAbsolutePath() + H2_OPTIONS;

        Path damaged = copy(backup, "damaged");
        Path dump = damaged.resolve(DatabaseDump.H2_FILE);
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(dump, bytes);
        DocumentedCommands.Result refused = docs.run("restore", variables(damaged, target));
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains(DatabaseDump.H2_FILE).contains("changed or damaged");

        Path edited = copy(backup, "edited");
        Files.writeString(edited.resolve(BackupManifest.FILE), Files.readString(edited.resolve(BackupManifest.FILE))
                .replaceFirst("\"ledgerRecords\" : \\d+", "\"ledgerRecords\" : 1"));
        assertThat(docs.run("restore", variables(edited, target)).output()).contains("manifest.json was changed");

        Path missingKey = dir.resolve("nowhere/ledger.pem");
        DocumentedCommands.Result noKey = docs.run("restore", variables(backup, target), "--key", "ledger=" + missingKey);
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.output()).contains("key 'ledger' is not at " + missingKey);

        Path otherKey = Files.writeString(dir.resolve("other.pem"), "not the ledger key");
        DocumentedCommands.Result wrongKey = docs.run("restore", variables(backup, target), "--key", "ledger=" + otherKey);
        assertThat(wrongKey.exitCode()).isEqualTo(2);
        assertThat(wrongKey.output()).contains("is not the key of this backup");

        DocumentedCommands.Result intoSource = docs.run("restore", variables(backup, sourceUrl()));
        assertThat(intoSource.exitCode()).isEqualTo(2);
        assertThat(intoSource.output()).contains("is not empty");
        assertThat(Files.exists(dir.resolve("target/db.mv.db"))).as("nothing written by the refused restores").isFalse();

        DocumentedCommands.Result reused = docs.run("backup", variables(backup, sourceUrl()));
        assertThat(reused.exitCode()).isEqualTo(2);
        assertThat(reused.output()).contains("is not empty: each backup gets a folder of its own");
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private static long count(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
