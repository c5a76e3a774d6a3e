package org.dualcarbon.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * 备份命令 — takes a consistent online backup of the platform's database into a new folder: the dump, and a manifest
 * with the schema version, the ledger's size and latest signed tree head, the dump's SHA-256 and the path and SHA-256
 * of every key file the data depend on (the keys are backed up apart, by the security administrator). Exit code 0:
 * done; 2: it could not be taken (the message says why).
 */
@Command(name = "dc-backup", mixinStandardHelpOptions = true,
        description = "Backs up the platform's database (online, consistent) with a manifest of digests and key references.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--to", required = true, description = "a new (or empty) folder for this backup")
    Path target;

    @Option(names = "--key", split = ",", defaultValue = "ledger=data/keys/ledger-signing-ed25519.pem,fields=data/keys/field-encryption.key",
            description = "a key file the data depend on, NAME=PATH; repeatable (default: the ledger signing key and the "
                    + "personal-data key, ${DEFAULT-VALUE})")
    List<String> keys = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new BackupCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            BackupManifest manifest = backup();
            out.printf("backup written to %s: %s schema %s, %d ledger records, %d file(s), %d key reference(s)%n",
                    target.toAbsolutePath(), manifest.databaseKind(), manifest.schemaVersion(), manifest.ledgerRecords(),
                    manifest.files().size(), manifest.keys().size());
            out.printf("manifest SHA-256: %s%n", Files.readString(target.resolve(BackupManifest.DIGEST_FILE)).trim());
            return 0;
        } catch (BackupException e) {
            out.println("backup refused: " + e.getMessage());
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            out.println("backup refused: " + e.getMessage());
            return 2;
        } catch (IOException | SQLException e) {
            out.println("backup failed: " + e.getMessage());
            return 2;
        }
    }

    BackupManifest backup() throws IOException, SQLException, BackupException {
        List<KeyReference> references = keys.stream().map(KeyReference::parse).toList();
        List<BackupManifest.KeyEntry> keyEntries = new ArrayList<>();
        for (KeyReference key : references) {
            if (!Files.isRegularFile(key.path())) {
                throw new BackupException(2, "key '" + key.name() + "' is not at " + key.path().toAbsolutePath()
                        + ": a backup without its keys cannot be verified or decrypted; name the right path with --key");
            }
            keyEntries.add(new BackupManifest.KeyEntry(key.name(), key.path().toAbsolutePath().toString(), Digests.sha256(key.path())));
        }
        prepareTarget();
        DatabaseDump dump = database.dump();
        Path file = dump.dump(target);
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(), database.location().kind().name(),
                database.location().display(), dump.schemaVersion(), dump.ledgerRecords(), dump.latestTreeHead().orElse(null),
                List.of(new BackupManifest.FileEntry(file.getFileName().toString(), Files.size(file), Digests.sha256(file))),
                keyEntries);
        manifest.write(target);
        return manifest;
    }

    private void prepareTarget() throws IOException, BackupException {
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException(2, target.toAbsolutePath() + " is not empty: each backup gets a folder of its own");
                }
            }
        }
        Files.createDirectories(target);
    }
}
