package org.dualcarbon.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The description of one backup ({@code manifest.json}): what was backed up, from which database and schema version,
 * how large the ledger was and its latest signed tree head, every file with its SHA-256, and every key file the data
 * depend on with its path and SHA-256 (the keys themselves are not in the backup). {@code manifest.json.sha256} holds
 * the manifest's own digest.
 */
public record BackupManifest(int format, String createdAt, String databaseKind, String database, String schemaVersion,
                             long ledgerRecords, TreeHead latestTreeHead, List<FileEntry> files, List<KeyEntry> keys) {

    public static final String FILE = "manifest.json";
    public static final String DIGEST_FILE = FILE + ".sha256";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A file of the backup. */
    public record FileEntry(String name, long size, String sha256) {
    }

    /** A key file the data depend on: where it was and its digest. */
    public record KeyEntry(String name, String path, String sha256) {
    }

    /** The ledger's latest signed tree head at backup time (null when none was signed yet). */
    public record TreeHead(long treeSize, String rootHash, String signedAt, String keyId) {
    }

    /** Writes the manifest and its digest into {@code directory}. */
    public void write(Path directory) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(this);
        Files.write(directory.resolve(FILE), bytes);
        Files.writeString(directory.resolve(DIGEST_FILE), Digests.sha256(bytes) + "  " + FILE + "\n");
    }

    /** Reads the manifest of a backup, refusing one whose digest does not match. */
    public static BackupManifest read(Path directory) throws IOException, BackupException {
        Path file = directory.resolve(FILE);
        Path digest = directory.resolve(DIGEST_FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(digest)) {
            throw new BackupException(2, directory + " is not a backup: " + FILE + " or " + DIGEST_FILE + " is missing");
        }
        byte[] bytes = Files.readAllBytes(file);
        String expected = Files.readString(digest).trim().split("\\s+")[0];
        String actual = Digests.sha256(bytes);
        if (!expected.equalsIgnoreCase(actual)) {
            throw new BackupException(1, FILE + " was changed: its SHA-256 is " + actual + ", " + DIGEST_FILE + " says " + expected);
        }
        BackupManifest manifest = JSON.readValue(bytes, BackupManifest.class);
        if (manifest.format() != FORMAT) {
            throw new BackupException(2, FILE + " has format " + manifest.format() + "; this version reads format " + FORMAT);
        }
        return manifest;
    }
}
