package org.dualcarbon.factors;

/**
 * A library version: code and version, title and issuing document, publication date, status (official, or draft
 * while some rows' official text has not been seen), the SHA-256 of its table, how many rows it has, and where it
 * came from (shipped with the platform, or activated later).
 */
public record FactorLibraryVersion(String code, String version, String title, String document, String published,
                                   String status, String contentHash, int rows, String origin) {

    public String key() {
        return code + "@" + version;
    }
}
