package org.peacetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.IndexProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database"
        + " (refused while a server holds the index: rebuild it from the server's Search index page instead).")
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // the start's own catch-up would build an empty index once before the command builds it again
        try (Importer application = Importer.start(parent.application(), false, "peacetrack.search.catch-up-at-start=false")) {
            Progress shown = new Progress(out);
            long indexed = application.bean(IndexMaintenance.class).rebuild(shown::tell);
            out.printf("Indexed %d records%n", indexed);
        }
        out.flush();
        return 0;
    }

    /** Prints the progress at each further tenth of the total, on stdout. */
    private static final class Progress {
        private final PrintWriter out;
        private int shownTenths = -1;

        Progress(PrintWriter out) {
            this.out = out;
        }

        synchronized void tell(IndexProgress p) {
            int tenths = p.percent() / 10;
            if (p.running() && p.total() > 0 && tenths > shownTenths) {
                shownTenths = tenths;
                out.printf("%d%% (%d of %d records)%n", p.percent(), p.indexed(), p.total());
                out.flush();
            }
        }
    }
}
