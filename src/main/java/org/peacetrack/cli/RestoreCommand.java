package org.peacetrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peacetrack.backup.BackupService;
import org.peacetrack.backup.RestoreSummary;
import org.peacetrack.search.IndexMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore an archive written by `backup` into"
        + " an empty database (migrated here to this version's schema first), then rebuild the search index. Refuses a"
        + " database that holds anything, an archive of another schema version and a damaged or foreign archive,"
        + " and then changes nothing. Run it before the server's first start on the new database.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The archive written by `peacetrack backup`.")
    Path archive;

    @Option(names = "--no-reindex", description = "Leave the search index to be rebuilt later (`peacetrack reindex`,"
            + " or the server's Search index page).")
    boolean noReindex;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        RestoreSummary done;
        try (DatabaseOnly database = DatabaseOnly.start(true)) {
            done = BackupService.of(database.dataSource()).restore(archive, line -> {
                out.println(line);
                out.flush();
            });
        }
        out.printf("Restored %d rows of %d tables and %d original files (schema version %s, made by Peacetrack %s at %s)%n",
                done.rows(), done.tables(), done.files(), done.schemaVersion(), done.madeBy(), done.madeAt());
        if (noReindex) {
            out.println("The search index was not rebuilt: run `peacetrack reindex` before starting the server,"
                    + " or rebuild it from the server's Search index page");
        } else {
            out.println("Rebuilding the search index from the restored records");
            out.flush();
            try (Importer application = Importer.start(parent.application(), false, "peacetrack.search.catch-up-at-start=false")) {
                long indexed = application.bean(IndexMaintenance.class).rebuild(p -> { });
                out.printf("Indexed %d records%n", indexed);
            }
        }
        out.flush();
        return 0;
    }
}
