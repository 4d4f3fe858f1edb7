package org.peacetrack.cli;

import java.util.concurrent.Callable;
import org.peacetrack.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Override
    public Integer call() throws InterruptedException {
        try (Importer application = Importer.start(parent.application(), false)) {
            long indexed = application.bean(SearchService.class).reindex();
            spec.commandLine().getOut().printf("Indexed %d records%n", indexed);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
