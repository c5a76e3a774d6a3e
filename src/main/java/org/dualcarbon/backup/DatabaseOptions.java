package org.dualcarbon.backup;

import picocli.CommandLine.Option;

/** The database options both commands share; by default the platform's own settings (environment) or its H2 file. */
public final class DatabaseOptions {

    @Option(names = "--db-url", defaultValue = "${env:DC_DB_URL:-jdbc:h2:file:./data/db/dualcarbon;MODE=MySQL;NON_KEYWORDS=VALUE,YEAR,MONTH;AUTO_SERVER=TRUE}",
            description = "JDBC URL of the database (default: $DC_DB_URL, else the embedded H2 file under ./data)")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:DC_DB_USER:-sa}", description = "database user (default: $DC_DB_USER, else sa)")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:DC_DB_PASSWORD:-}", description = "database password (default: $DC_DB_PASSWORD)")
    String password;

    DatabaseDump dump() {
        return new DatabaseDump(DatabaseLocation.parse(url), user, password);
    }

    DatabaseLocation location() {
        return DatabaseLocation.parse(url);
    }
}
