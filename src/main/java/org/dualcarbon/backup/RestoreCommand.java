package org.dualcarbon.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * 恢复命令 — restores a backup into an EMPTY database. Before anything is written it checks the manifest's digest, every
 * file's size and SHA-256 and that every key file the manifest names is present with the same SHA-256; after loading,
 * that the schema version and the ledger's size are the manifest's. Then start the platform on the restored database and
 * verify the ledger (docs/disaster-recovery.md). Exit code 0: restored; 1: the backup or the result is damaged or
 * inconsistent; 2: refused (a missing file or key, a non-empty target, a missing tool).
 */
@Command(name = "dc-restore", mixinStandardHelpOptions = true,
        description = "Restores a backup into an empty database after checking its digests and keys.")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--from", required = true, description = "the backup's folder (with manifest.json)")
    Path source;

    @Option(names = "--key", description = "where a key named in the manifest is now, NAME=PATH (default: the path it had); repeatable")
    List<String> keys = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new RestoreCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            BackupManifest manifest = restore(out);
            out.printf("restored %s schema %s with %d ledger records into %s%n", manifest.databaseKind(), manifest.schemaVersion(),
                    manifest.ledgerRecords(), database.location().display());
            out.println("next: start the platform on this database and verify the ledger (docs/disaster-recovery.md, steps 4–5)");
            return 0;
        } catch (BackupException e) {
            out.println("restore refused: " + e.getMessage());
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            out.println("restore refused: " + e.getMessage());
            return 2;
        } catch (IOException | SQLException e) {
            out.println("restore failed: " + e.getMessage());
            return 2;
        }
    }

    BackupManifest restore(PrintWriter out) throws IOException, SQLException, BackupException {
        BackupManifest manifest = BackupManifest.read(source);
        DatabaseLocation target = database.location();
        if (!manifest.databaseKind().equals(target.kind().name())) {
            throw new BackupException(2, "the backup is of a " + manifest.databaseKind() + " database; the target is " + target.kind());
        }
        for (BackupManifest.FileEntry file : manifest.files()) {
            checkFile(file);
        }
        checkKeys(manifest);
        out.println("backup intact: manifest, " + manifest.files().size() + " file(s) and " + manifest.keys().size() + " key(s) checked");
        DatabaseDump dump = database.dump();
        dump.load(source.resolve(manifest.files().get(0).name()));
        String schema = dump.schemaVersion();
        long ledger = dump.ledgerRecords();
        if (!schema.equals(manifest.schemaVersion()) || ledger != manifest.ledgerRecords()) {
            throw new BackupException(1, "the restored database differs from the manifest: schema " + schema + " (manifest "
                    + manifest.schemaVersion() + "), ledger records " + ledger + " (manifest " + manifest.ledgerRecords() + ")");
        }
        return manifest;
    }

    private void checkFile(BackupManifest.FileEntry file) throws IOException, BackupException {
        Path path = source.resolve(file.name());
        if (!Files.isRegularFile(path)) {
            throw new BackupException(2, "the backup's file " + file.name() + " is missing from " + source.toAbsolutePath());
        }
        String actual = Digests.sha256(path);
        if (Files.size(path) != file.size() || !actual.equals(file.sha256())) {
            throw new BackupException(1, "the backup's file " + file.name() + " was changed or damaged: SHA-256 " + actual
                    + ", the manifest says " + file.sha256());
        }
    }

    private void checkKeys(BackupManifest manifest) throws IOException, BackupException {
        Map<String, Path> moved = new LinkedHashMap<>();
        keys.stream().map(KeyReference::parse).forEach(k -> moved.put(k.name(), k.path()));
        for (BackupManifest.KeyEntry key : manifest.keys()) {
            Path path = moved.getOrDefault(key.name(), Path.of(key.path()));
            if (!Files.isRegularFile(path)) {
                throw new BackupException(2, "key '" + key.name() + "' is not at " + path.toAbsolutePath() + ": put the key backed up "
                        + "with it there (the security administrator holds it) or name its place with --key " + key.name() + "=PATH");
            }
            String actual = Digests.sha256(path);
            if (!actual.equals(key.sha256())) {
                throw new BackupException(2, "key '" + key.name() + "' at " + path.toAbsolutePath() + " is not the key of this backup "
                        + "(SHA-256 " + actual + ", the manifest says " + key.sha256() + ")");
            }
        }
    }
}
