package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes Spring Modulith's documentation of the modules into docs/modules on every build (a diagram of all
 * modules, one per module with its neighbours, and each module's canvas), so that it follows the code.
 */
class ModuleDocumentationTest {

    private static final Path OUTPUT = Path.of("docs", "modules");

    @Test
    void theModulesDiagramsAndCanvasesAreWrittenIntoTheDocs() throws IOException {
        ApplicationModules modules = ApplicationModules.of(PeacetrackApplication.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations();

        assertThat(Files.readString(OUTPUT.resolve("components.puml")))
                .contains("Register", "Lineage", "Workflow");
        assertThat(OUTPUT.resolve("module-register.puml")).exists();
        assertThat(Files.readString(OUTPUT.resolve("module-lineage.adoc")))
                .as("a module's canvas opens with its package-info")
                .contains("how a recommendation connects across sessions");
    }

    /** The Documenter lists a diagram's relations in no fixed order: sorted, a build leaves docs/ unchanged. */
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(puml, sortedRunsOfRelations(Files.readAllLines(puml)));
            }
        }
    }

    private static List<String> sortedRunsOfRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
