package org.peacetrack.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.reporting.AddendumService;
import org.peacetrack.reporting.GenerationReport;
import org.peacetrack.reporting.ReportFormat;
import org.peacetrack.reporting.UnknownReportFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "addendum", mixinStandardHelpOptions = true,
        description = "Write the Secretary-General's addendum on a session's recommendations for a year, from the "
                + "published statuses (a recommendation without one is listed with a gap).")
final class AddendumCommand implements Callable<Integer> {

    @Option(names = "--session", required = true, paramLabel = "SYMBOL", description = "The session's report, e.g. A/78/19")
    String session;

    @Option(names = "--cycle", required = true, paramLabel = "YEAR", description = "The reporting year, e.g. 2025")
    int year;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, pdf, html or md")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write it")
    Path output;

    @Option(names = "--symbol", description = "The addendum's symbol, e.g. A/80/123/Add.1")
    String symbol;

    @Option(names = "--date", description = "Its date (YYYY-MM-DD; today if absent)")
    LocalDate date;

    @Option(names = "--agenda-item", description = "The General Assembly's agenda item, e.g. 51")
    String agendaItem;

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReportCommand parent;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat chosen;
        try {
            chosen = ReportFormat.of(format);
        } catch (UnknownReportFormatException e) {
            err.println("error: " + e.getMessage());
            return spec.exitCodeOnInvalidInput();
        }
        AddendumRequest request = new AddendumRequest(session, year, symbol, date, agendaItem);
        err.printf("[1/3] Reading the published statuses of %s for %d%n", session, year);
        err.flush();
        try (Importer application = Importer.start(parent.application(), false)) {
            AddendumService addenda = application.bean(AddendumService.class);
            AddendumService.Prepared prepared = addenda.prepare(request);
            GenerationReport report = prepared.report();
            err.printf("[2/3] %d recommendations, %d with a published status, %d gaps%s%n", report.recommendations(),
                    report.statuses(), report.gaps().size(), report.gaps().isEmpty() ? "" : " (" + report.gaps()
                            .stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
            err.printf("[3/3] Writing %s to %s%n", chosen.extension(), output);
            err.flush();
            Path partial = Files.createTempFile(output.toAbsolutePath().getParent(), ".addendum", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                prepared.writeTo(chosen, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
            report.warnings().forEach(w -> err.println("warning: " + w));
            spec.commandLine().getOut().printf("Wrote %s (%d bytes): %d recommendations, %d gaps%n", output,
                    Files.size(output), report.recommendations(), report.gaps().size());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
