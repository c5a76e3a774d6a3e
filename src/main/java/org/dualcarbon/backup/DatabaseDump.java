package org.dualcarbon.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Dumps a database into one file and loads such a file into an empty database. H2: {@code SCRIPT TO … COMPRESSION ZIP}
 * in a repeatable-read transaction (an online, consistent snapshot; portable across H2 file formats) and
 * {@code RUNSCRIPT}. MySQL/MariaDB: {@code mariadb-dump} or {@code mysqldump} with {@code --single-transaction}
 * (a consistent InnoDB snapshot that does not block writers) and the {@code mariadb}/{@code mysql} client.
 */
public final class DatabaseDump {

    static final String H2_FILE = "database.sql.zip";
    static final String MYSQL_FILE = "database.sql";

    private final DatabaseLocation location;
    private final String user;
    private final String password;

    public DatabaseDump(DatabaseLocation location, String user, String password) {
        this.location = location;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /** Dumps the database into {@code directory}; returns the file written. */
    public Path dump(Path directory) throws IOException, BackupException, SQLException {
        if (location.kind() == DatabaseLocation.Kind.H2) {
            Path file = directory.resolve(H2_FILE).toAbsolutePath();
            try (Connection c = connect()) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SCRIPT TO " + literal(file.toString()) + " COMPRESSION ZIP CHARSET 'UTF-8'");
                }
                c.commit();
            }
            return file;
        }
        Path file = directory.resolve(MYSQL_FILE).toAbsolutePath();
        run(List.of(tool("mariadb-dump", "mysqldump"), "--single-transaction", "--routines", "--triggers", "--events",
                "--hex-blob", "--default-character-set=utf8mb4", "--host=" + location.host(), "--port=" + location.port(),
                "--user=" + user, "--result-file=" + file, location.schema()), null);
        return file;
    }

    /** Loads a dump into the database, which must hold no table yet. */
    public void load(Path file) throws IOException, BackupException, SQLException {
        long tables = tableCount();
        if (tables > 0) {
            throw new BackupException(2, "the target database " + location.display() + " is not empty (" + tables
                    + " tables): restore only into an empty database, so that nothing restored mixes with what is there");
        }
        if (location.kind() == DatabaseLocation.Kind.H2) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM " + literal(file.toAbsolutePath().toString()) + " COMPRESSION ZIP CHARSET 'UTF-8'");
            }
            return;
        }
        run(List.of(tool("mariadb", "mysql"), "--default-character-set=utf8mb4", "--host=" + location.host(),
                "--port=" + location.port(), "--user=" + user, location.schema()), file);
    }

    /** The number of tables in the database's own schema. */
    public long tableCount() throws SQLException {
        String sql = location.kind() == DatabaseLocation.Kind.H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()";
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The highest successful Flyway version, or "none". */
    public String schemaVersion() throws SQLException {
        // Flyway names its table and columns in lower case; H2 keeps them quoted so
        String sql = location.kind() == DatabaseLocation.Kind.H2
                ? "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                : "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL";
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            String highest = null;
            while (r.next()) {
                String version = r.getString(1);
                if (highest == null || compareVersions(version, highest) > 0) {
                    highest = version;
                }
            }
            return highest == null ? "none" : highest;
        }
    }

    /** The ledger's size and its latest signed tree head. */
    public long ledgerRecords() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ledger_record")) {
            r.next();
            return r.getLong(1);
        }
    }

    public Optional<BackupManifest.TreeHead> latestTreeHead() throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT tree_size, root_hash, signed_at, key_id FROM ledger_tree_head ORDER BY id DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new BackupManifest.TreeHead(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)))
                    : Optional.empty();
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), user, password);
    }

    private void run(List<String> command, Path stdin) throws IOException, BackupException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", password); // not on the command line, where ps would show it
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (process.waitFor() != 0) {
                throw new BackupException(2, command.get(0) + " failed (exit " + process.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new BackupException(2, command.get(0) + " was interrupted");
        }
    }

    /** The first of the given client tools found on the PATH. */
    static String tool(String... names) throws BackupException {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new BackupException(2, "none of " + String.join(", ", names) + " is on the PATH: MySQL/MariaDB backups need the "
                + "database client tools (Debian: apt-get install mariadb-client)");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
