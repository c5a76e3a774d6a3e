package org.dualcarbon.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The platform as a separate JVM — the production profile on MariaDB and an external broker, configured by
 * environment alone — so a benchmark can {@code kill -9} it and start it again. Its class path is the test JVM's
 * without the test classes (Surefire passes it in its booter jar's manifest).
 */
public final class PlatformProcess {

    private final Process process;
    private final Path log;

    private PlatformProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static PlatformProcess start(Map<String, String> environment, List<String> properties, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", applicationClassPath()));
        if (Boolean.getBoolean("bench.jfr")) {
            // -Dbench.jfr=true: a flight recording per platform run beside its log, for `jfr print`
            command.add(1, "-XX:StartFlightRecording=settings=profile,filename=" + log.toString().replace(".log", ".jfr"));
        }
        properties.forEach(p -> command.add("-D" + p));
        command.add("org.dualcarbon.DualCarbonApplication");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PlatformProcess(builder.start(), log);
    }

    /** Waits until the log shows {@code line} (the platform logs it once ready), or fails after {@code seconds}. */
    public void awaitLog(String line, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + "; see " + log);
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the platform did not log '" + line + "' within " + seconds + " s; see " + log);
    }

    /** SIGKILL: no shutdown hook, no last commit, no goodbye to the broker (a flight recording is dumped first). */
    public void killNine() throws Exception {
        if (Boolean.getBoolean("bench.jfr") && process.isAlive()) {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(process.pid()),
                    "JFR.dump", "filename=" + log.toString().replace(".log", ".jfr")).inheritIO().start().waitFor();
        }
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static String applicationClassPath() throws IOException {
        String classPath = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>(Arrays.asList(classPath.split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).contains("surefirebooter")) {
            try (JarFile booter = new JarFile(entries.get(0))) {
                entries = Arrays.stream(booter.getManifest().getMainAttributes().getValue("Class-Path").split(" "))
                        .map(url -> Path.of(URI.create(url)).toString()).collect(Collectors.toList());
            }
        }
        return entries.stream().filter(e -> !e.replace('\\', '/').endsWith("test-classes") && !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
