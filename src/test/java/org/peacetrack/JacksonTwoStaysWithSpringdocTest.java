package org.peacetrack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2 is on the class path only because springdoc's OpenAPI model (swagger-core 2.2) needs it; no
 * springdoc release on Maven Central runs on Jackson 3 alone yet (ADR 0054). Peacetrack's own code uses
 * Jackson 3 (tools.jackson) only, so that dropping Jackson 2 is a dependency change the day springdoc moves.
 * (The annotations, com.fasterxml.jackson.annotation, are shared by both majors and allowed.)
 */
class JacksonTwoStaysWithSpringdocTest {

    @Test
    void applicationCodeUsesNoJacksonTwoClass() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peacetrack");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.datatype..", "com.fasterxml.jackson.dataformat..")
                .because("Jackson 2 is springdoc's alone (ADR 0054): use tools.jackson")
                .check(classes);
    }
}
