package org.peacetrack.cli;

import java.util.concurrent.Callable;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.lineage.Relinked;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "relink", description = {"Recompute the stored scores and unrelated-reference warnings of every "
        + "lineage link with the current matcher, and propose the matches it would make.",
        "A node does this by itself when it starts with another matcher version than the one that scored the links."})
final class RelinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Override
    public Integer call() {
        try (Importer application = Importer.start(parent.application(), false)) {
            Relinked done = application.bean(LineageService.class).relink();
            spec.commandLine().getOut().printf("Rescored %d links with matcher %s; proposed %d new matches%n",
                    done.linksRescored(), done.matcherVersion(), done.matchesProposed());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
