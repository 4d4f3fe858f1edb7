package org.peacetrack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The documents Peacetrack writes from its records, one subcommand per report (add a report's command here). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a document from the records: one subcommand per report.",
        subcommands = {AddendumCommand.class})
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
        spec.commandLine().getErr().println("Name the report to write: "
                + String.join(", ", spec.commandLine().getSubcommands().keySet()) + ".");
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }
}
