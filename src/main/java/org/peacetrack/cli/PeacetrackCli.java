package org.peacetrack.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The command line: a thin adapter over the same facades the web uses. */
@Command(name = "peacetrack", mixinStandardHelpOptions = true, version = "Peacetrack 0.1",
        description = "Tracks UN peacekeeping recommendations. Without a command, starts the web server "
                + "(its options, such as --server.port=8081, start with --).",
        subcommands = {IngestCommand.class, ReindexCommand.class, RelinkCommand.class, TokenCommand.class,
            DataCommand.class, ReportCommand.class, BackupCommand.class, RestoreCommand.class, RereadCommand.class,
            HelpCommand.class})
public final class PeacetrackCli {

    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private final Class<?> application;

    private PeacetrackCli(Class<?> application) {
        this.application = application;
    }

    /** The Spring Boot application class that commands needing the database start (without its web server). */
    Class<?> application() {
        return application;
    }

    /**
     * A first argument that is not an option names a command, known or not: an unknown one is an error,
     * never a web server started by mistake. Options (--server.port=8081) go to the server.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || OPTIONS.contains(args[0]));
    }

    /**
     * Runs a command with only its own output on stdout: whatever a library prints there (PDFBox's font
     * warnings through a logger configured before Spring's, or a bare println) goes to stderr instead.
     */
    public static int run(Class<?> application, String... args) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            CommandLine cli = commandLine(application);
            cli.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
            return cli.execute(args);
        } finally {
            System.out.flush();
            System.setOut(stdout);
        }
    }

    static CommandLine commandLine(Class<?> application) {
        CommandLine cli = new CommandLine(new PeacetrackCli(application));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
        });
        cli.setParameterExceptionHandler(PeacetrackCli::usageError);
        return cli;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (command.getParent() == null && e instanceof UnmatchedArgumentException && !args[0].startsWith("-")) {
            err.println("Unknown command '" + args[0] + "'. The commands are: "
                    + String.join(", ", command.getSubcommands().keySet()) + ".");
        } else {
            err.println(e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
