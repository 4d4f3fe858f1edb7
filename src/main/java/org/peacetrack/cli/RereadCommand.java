package org.peacetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peacetrack.ingestion.RereadReport;
import org.peacetrack.ingestion.RereadService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reread", mixinStandardHelpOptions = true, description = "Read a document again from its kept original"
        + " with this version's readers and print what would change (its symbol, title and paragraphs). Changes nothing.")
final class RereadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The document's id (its page is /documents/ID).")
    long documentId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Importer application = Importer.start(parent.application(), false, "peacetrack.search.catch-up-at-start=false")) {
            RereadReport r = application.bean(RereadService.class).reread(documentId);
            out.printf("Document %d (%s), read again from its original:%n", r.documentId(), r.label());
            if (r.unchanged()) {
                out.printf("unchanged: the same %d paragraphs%n", r.paragraphsAfter());
            } else {
                if (!java.util.Objects.equals(r.symbolBefore(), r.symbolAfter())) {
                    out.printf("symbol: %s -> %s%n", r.symbolBefore(), r.symbolAfter());
                }
                if (!java.util.Objects.equals(r.titleBefore(), r.titleAfter())) {
                    out.printf("title: %s -> %s%n", r.titleBefore(), r.titleAfter());
                }
                out.printf("paragraphs: %d stored, %d read now, %d differ%n", r.paragraphsBefore(), r.paragraphsAfter(),
                        r.paragraphsChanged());
                r.changes().forEach(out::println);
                if (r.paragraphsChanged() > r.changes().size()) {
                    out.printf("... and %d more%n", r.paragraphsChanged() - r.changes().size());
                }
            }
            r.warnings().forEach(w -> out.println("warning: " + w));
        }
        out.flush();
        return 0;
    }
}
