package org.dualcarbon.backup;

/**
 * A backup or restore that cannot go on, with the command's exit code: 1 when something was found damaged or
 * inconsistent (a digest, a count), 2 when the setting is wrong (a missing file or key, a non-empty target, a tool).
 */
public class BackupException extends Exception {

    private final int exitCode;

    public BackupException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
