package org.peacetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.ingestion.ImportRejectedException;
import org.peacetrack.ingestion.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Import documents (or, with --dry-run, show what would be extracted).")
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to import (.pdf, .docx, .html, .txt, .md)")
    List<Path> files;

    @Option(names = "--dry-run", description = "Extract and print, store nothing (no database needed)")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON on stdout (logs go to stderr)")
    boolean json;

    @Option(names = "--kind", description = "Override the recognised kind: ${COMPLETION-CANDIDATES}")
    DocumentKind kind;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        try (Importer importer = dryRun ? null : Importer.start(parent.application(), true)) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                err.printf("[%d/%d] %s%n", i + 1, files.size(), file);
                err.flush();
                try {
                    byte[] content = Files.readAllBytes(file);
                    String name = file.getFileName().toString();
                    if (dryRun) {
                        Extraction found = ImportPreview.standalone().preview(name, content, kind).extraction();
                        out.println(json ? Json.write(found) : Summaries.of(name, found));
                    } else {
                        ImportReport report = importer.ingest(name, content, kind);
                        out.println(json ? Json.write(report) : Summaries.of(report));
                    }
                } catch (ImportRejectedException e) {
                    err.println("error: " + e.getMessage());
                    failures++;
                }
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
