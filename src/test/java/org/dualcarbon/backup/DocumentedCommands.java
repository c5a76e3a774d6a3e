package org.dualcarbon.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The command lines of docs/disaster-recovery.md, read from the document itself (each fenced line after a
 * {@code # backup}, {@code # restore} or {@code # verify} comment), with their $VARIABLES filled in and run in this JVM —
 * so that the document's restore steps are the ones the test exercises.
 */
final class DocumentedCommands {

    private static final Pattern STEP = Pattern.compile(
            "#\\s*(\\w+)\\s*\\n\\s*mvn -q exec:java -Dexec.mainClass=(\\S+) -Dexec.args=\"([^\"]*)\"");

    record Step(String mainClass, String arguments) {
    }

    record Result(int exitCode, String output) {
    }

    private final Map<String, Step> steps = new LinkedHashMap<>();

    DocumentedCommands(Path document) throws IOException {
        Matcher m = STEP.matcher(Files.readString(document));
        while (m.find()) {
            steps.put(m.group(1), new Step(m.group(2), m.group(3)));
        }
    }

    Map<String, Step> steps() {
        return steps;
    }

    /** Runs the documented step with the variables given, plus any extra arguments; captures what it prints. */
    Result run(String step, Map<String, String> variables, String... extra) throws Exception {
        Step documented = steps.get(step);
        if (documented == null) {
            throw new IllegalStateException("docs/disaster-recovery.md has no '# " + step + "' command line");
        }
        String arguments = documented.arguments();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            arguments = arguments.replace("$" + variable.getKey(), variable.getValue());
        }
        if (arguments.contains("$")) {
            throw new IllegalStateException("unfilled variable in: " + arguments);
        }
        String[] args = java.util.stream.Stream.concat(Arrays.stream(arguments.trim().split("\\s+")), Arrays.stream(extra))
                .toArray(String[]::new);
        Object command = Class.forName(documented.mainClass()).getDeclaredConstructor().newInstance();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(command).execute(args);
            return new Result(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
