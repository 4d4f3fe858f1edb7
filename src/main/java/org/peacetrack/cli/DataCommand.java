package org.peacetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peacetrack.indicators.ColumnMapping;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.DataImportReport;
import org.peacetrack.indicators.DataImports;
import org.peacetrack.indicators.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "data", mixinStandardHelpOptions = true, description = "Performance data: import CSV or XLSX files "
        + "through saved column mappings, list the mappings.", subcommands = {DataCommand.Import.class,
            DataCommand.Mappings.class})
final class DataCommand {

    @ParentCommand
    PeacetrackCli parent;

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a data file through a saved "
            + "mapping; a file with an unreadable row is refused whole (every such row is listed) and nothing is stored.")
    static final class Import implements Callable<Integer> {

        @Option(names = "--mapping", required = true, description = "The saved mapping's name (peacetrack data mappings)")
        String mapping;

        @Parameters(paramLabel = "FILE", description = "A .csv or .xlsx file")
        Path file;

        @Spec
        CommandSpec spec;

        @ParentCommand
        DataCommand data;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            byte[] bytes = Files.readAllBytes(file);
            try (Importer app = Importer.start(data.parent.application(), true)) {
                DataImportReport report = app.bean(DataImports.class).run(file.getFileName().toString(), bytes, mapping,
                        "command line", progressLine(err));
                err.println();
                report.warnings().forEach(w -> err.println("warning: " + w));
                report.problems().forEach(p -> err.println("line " + p.line() + ": " + p.reason()));
                out.println(summary(report));
                out.flush();
                return report.stored() || report.alreadyImported() ? 0 : 1;
            } catch (DataFileRefused e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
        }

        /** One line on stderr, rewritten in place: the phase and how far it has come. */
        private static ImportProgress progressLine(PrintWriter err) {
            long[] last = {0};
            return (phase, done, total) -> {
                long now = System.currentTimeMillis();
                if (now - last[0] > 200 || phase == ImportProgress.Phase.DONE) {
                    last[0] = now;
                    err.printf("\r%-8s %,d of %,d", phase.name().toLowerCase(), done, total);
                    err.flush();
                }
            };
        }

        private static String summary(DataImportReport r) {
            if (r.alreadyImported()) {
                return r.fileName() + ": imported before through " + r.mapping() + "; nothing changed";
            }
            if (!r.stored()) {
                return r.fileName() + ": refused, " + r.problemCount() + " rows cannot be read; nothing stored";
            }
            return String.format("%s: %,d rows, %,d values created, %,d updated, %,d unchanged, %d warnings",
                    r.fileName(), r.rows(), r.created(), r.updated(), r.unchanged(), r.warnings().size());
        }
    }

    @Command(name = "mappings", mixinStandardHelpOptions = true, description = "List the saved column mappings.")
    static final class Mappings implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        DataCommand data;

        @Override
        public Integer call() {
            try (Importer app = Importer.start(data.parent.application(), false)) {
                for (ColumnMapping m : app.bean(DataImports.class).mappings()) {
                    spec.commandLine().getOut().println(m.name() + "\t" + m.dataset());
                }
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
