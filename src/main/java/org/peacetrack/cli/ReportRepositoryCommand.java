package org.peacetrack.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peacetrack.reporting.repository.OfflineCopy;
import org.peacetrack.reporting.repository.OnlineRepository;
import org.peacetrack.reporting.repository.RepositoryYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "repository", mixinStandardHelpOptions = true,
        description = "Write a year's online repository of recommendations as a folder of HTML pages that work "
                + "offline: index.html by theme, one N.html per recommendation, style.css.")
final class ReportRepositoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReportCommand parent;

    @Option(names = "--year", required = true, description = "The year of the Special Committee's report, e.g. 2024 (A/78/19).")
    int year;

    @Option(names = {"-o", "--output"}, required = true, description = "The folder to write (made if missing).")
    Path output;

    @Option(names = "--language", defaultValue = "en", description = "en or fr (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws Exception {
        try (Importer application = Importer.start(parent.application(), false)) {
            OnlineRepository repository = application.bean(OnlineRepository.class);
            RepositoryYear read = repository.year(year, ReportCommand.progressLine(spec.commandLine().getErr(),
                    "Reading recommendations")).orElse(null);
            if (read == null) {
                spec.commandLine().getErr().println("No report of the Special Committee for " + year + " is recorded.");
                return 1;
            }
            Map<String, String> files = repository.offlineFiles(read, Locale.forLanguageTag(language));
            OfflineCopy.write(files, output);
            spec.commandLine().getOut().printf("Wrote %d files (%d recommendations) to %s%n", files.size(),
                    read.items().size(), output);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
