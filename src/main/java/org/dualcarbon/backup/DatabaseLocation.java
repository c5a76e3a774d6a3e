package org.dualcarbon.backup;

import java.net.URI;
import java.util.Locale;

/**
 * Where a database is, read from its JDBC URL: an H2 database (file or in-memory, reached over JDBC) or a MySQL or
 * MariaDB schema (host, port, schema name — what the dump and client tools need).
 */
public record DatabaseLocation(Kind kind, String jdbcUrl, String host, int port, String schema) {

    /** The two kinds of database the platform runs on. */
    public enum Kind { H2, MYSQL }

    private static final int MYSQL_PORT = 3306;

    public static DatabaseLocation parse(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("--db-url: a JDBC URL is required");
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return new DatabaseLocation(Kind.H2, jdbcUrl, null, 0, null);
        }
        if (lower.startsWith("jdbc:mysql://") || lower.startsWith("jdbc:mariadb://")) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (path.isBlank() || path.contains("/")) {
                throw new IllegalArgumentException("--db-url: name the schema, e.g. jdbc:mysql://db:3306/dualcarbon (was " + redacted(jdbcUrl) + ")");
            }
            return new DatabaseLocation(Kind.MYSQL, jdbcUrl, uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                    uri.getPort() < 0 ? MYSQL_PORT : uri.getPort(), path);
        }
        throw new IllegalArgumentException("--db-url: only H2 (jdbc:h2:…) and MySQL/MariaDB (jdbc:mysql://…) are supported, not "
                + redacted(jdbcUrl));
    }

    /** The URL without query parameters (which may carry a password), for messages and the manifest. */
    public String display() {
        return redacted(jdbcUrl);
    }

    private static String redacted(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.replaceAll("(?i);password=[^;]*", ";PASSWORD=***");
    }
}
