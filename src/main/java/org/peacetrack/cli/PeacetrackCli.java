package org.peacetrack.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: a thin adapter over the same facades the web uses. */
@Command(name = "peacetrack", mixinStandardHelpOptions = true, version = "Peacetrack 0.1",
        description = "Tracks UN peacekeeping recommendations. Without a command, starts the web server.",
        subcommands = {IngestCommand.class, ReindexCommand.class, RelinkCommand.class})
public final class PeacetrackCli {

    private static final Set<String> COMMANDS = Set.of("ingest", "reindex", "relink", "help", "--help", "-h", "--version", "-V");

    private final Class<?> application;

    private PeacetrackCli(Class<?> application) {
        this.application = application;
    }

    /** The Spring Boot application class that commands needing the database start (without its web server). */
    Class<?> application() {
        return application;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String... args) {
        return commandLine(application).execute(args);
    }

    static CommandLine commandLine(Class<?> application) {
        CommandLine cli = new CommandLine(new PeacetrackCli(application));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
