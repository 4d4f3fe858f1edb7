package org.peacetrack.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peacetrack.reporting.progress.ProgressDocuments;
import org.peacetrack.reporting.progress.ProgressReport;
import org.peacetrack.reporting.progress.ProgressReports;
import org.peacetrack.reporting.progress.ProgressScope;
import org.peacetrack.reporting.progress.ReportRefusal;
import org.springframework.context.MessageSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Write a progress report on a session's recommendations, or on one theme's or one entity's: "
                + "current status, age, lineage, what changed since the previous session, and charts.")
final class ReportProgressCommand implements Callable<Integer> {

    enum Format { pdf, html }

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReportCommand parent;

    @Option(names = "--session", description = "The Special Committee's report, e.g. A/78/19 (default: the newest).")
    String session;

    @ArgGroup(exclusive = true)
    Scope scope = new Scope();

    static final class Scope {
        @Option(names = "--theme", description = "Only the recommendations of this theme.")
        String theme;
        @Option(names = "--entity", description = "Only the recommendations that concern this entity, e.g. DPO.")
        String entity;
    }

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, description = "The file to write.")
    Path output;

    @Option(names = "--language", defaultValue = "en", description = "en or fr (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        try (Importer application = Importer.start(parent.application(), false)) {
            ProgressReports reports = application.bean(ProgressReports.class);
            try {
                String chosen = session != null ? session : reports.sessions().stream().findFirst()
                        .map(s -> s.code()).orElse(null);
                ProgressReport report = reports.report(ProgressScope.of(chosen, scope.theme, scope.entity),
                        ReportCommand.progressLine(spec.commandLine().getErr(), "Reading recommendations"));
                ProgressDocuments documents = application.bean(ProgressDocuments.class);
                if (format == Format.pdf) {
                    Files.write(output, documents.pdf(report, locale));
                } else {
                    Files.writeString(output, documents.html(report, locale, Map.of()), StandardCharsets.UTF_8);
                }
                spec.commandLine().getOut().printf("Wrote the progress report on %d recommendations of %s to %s%n",
                        report.entries().size(), report.scope().session(), output);
            } catch (ReportRefusal refusal) {
                spec.commandLine().getErr().println(application.bean(MessageSource.class)
                        .getMessage(refusal.code(), refusal.arguments(), Locale.ENGLISH));
                return 1;
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
