package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        assertThat(Files.readString(OUTPUT.resolve("components.puml")))
                .contains("Register", "Lineage", "Workflow");
        assertThat(OUTPUT.resolve("module-register.puml")).exists();
        assertThat(Files.readString(OUTPUT.resolve("module-lineage.adoc")))
                .as("a module's canvas opens with its package-info")
                .contains("how a recommendation connects across sessions");
    }
}
