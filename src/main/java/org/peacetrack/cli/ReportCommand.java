package org.peacetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peacetrack.reporting.repository.ReadProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The documents Peacetrack writes from its records, one subcommand per report (add a report's command here). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a document from the records (published statuses only): one subcommand per report.",
        subcommands = {AddendumCommand.class, ReportRepositoryCommand.class, ReportProgressCommand.class,
                HelpCommand.class})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    Class<?> application() {
        return parent.application();
    }

    /** Without a report named, says which there are: never a silent success. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Name the report to write. The reports are: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ".");
        spec.commandLine().usage(err);
        return spec.exitCodeOnInvalidInput();
    }

    /** A progress line on stderr, rewritten in place: stdout keeps only what the command says it wrote. */
    static ReadProgress progressLine(PrintWriter err, String what) {
        return (done, total) -> {
            err.print("\r" + what + ": " + done + "/" + total);
            if (done == total) {
                err.println();
            }
            err.flush();
        };
    }
}
