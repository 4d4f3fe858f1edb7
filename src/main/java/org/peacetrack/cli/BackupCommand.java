package org.peacetrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peacetrack.backup.BackupService;
import org.peacetrack.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write the whole database (every table's rows"
        + " and the original files imported) into one zip archive, for `restore` on this or another machine. On"
        + " PostgreSQL it runs beside the server (one consistent read); on the embedded H2 database, with the server stopped.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The archive to write (refused if it exists).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DatabaseOnly database = DatabaseOnly.start(false)) {
            BackupSummary done = BackupService.of(database.dataSource()).backup(output, line -> {
                out.println(line);
                out.flush();
            });
            out.printf("Backed up %d rows of %d tables and %d original files at schema version %s into %s (%d bytes)%n",
                    done.rows(), done.tables(), done.files(), done.schemaVersion(), done.archive(), done.bytes());
        }
        out.flush();
        return 0;
    }
}
