package org.dualcarbon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Settings read from docker/compose.yaml, so that tests and benchmarks run with what we ship. */
public final class ComposeSettings {

    private ComposeSettings() {
    }

    /** The JDBC parameters (from '?') that docker/compose.yaml gives the app in DC_DB_URL. */
    @SuppressWarnings("unchecked")
    public static String jdbcParameters() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
            Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
            String url = (String) ((Map<String, Object>) app.get("environment")).get("DC_DB_URL");
            return url.substring(url.indexOf('?'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
