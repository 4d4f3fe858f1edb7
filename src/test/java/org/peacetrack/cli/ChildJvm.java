package org.peacetrack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The application's main class run as its own process, as `java -jar peacetrack.jar ...` runs it. */
final class ChildJvm {

    record Result(int exit, String out, String err) {
    }

    private ChildJvm() {
    }

    static Result run(List<String> systemProperties, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        systemProperties.forEach(p -> command.add("-D" + p));
        command.add("org.peacetrack.PeacetrackApplication");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 90 s (a web server started?): " + String.join(" ", args));
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
