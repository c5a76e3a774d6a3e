package org.dualcarbon.backup;

import java.nio.file.Path;

/**
 * A key file the data depend on, named on the command line as {@code name=path} (e.g. the ledger's signing key
 * {@code ledger=data/keys/ledger-signing-ed25519.pem}).
 */
public record KeyReference(String name, Path path) {

    public static KeyReference parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("--key: expected NAME=PATH, e.g. ledger=data/keys/ledger-signing-ed25519.pem (was "
                    + text + ")");
        }
        return new KeyReference(text.substring(0, eq).trim(), Path.of(text.substring(eq + 1).trim()));
    }
}
