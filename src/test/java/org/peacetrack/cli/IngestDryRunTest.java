package org.peacetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IngestDryRunTest {

    private final CommandRunner cli = new CommandRunner();

    @Test
    void dryRunPrintsTheExtractionAsJsonAndNothingElse() {
        int exit = cli.run("ingest", "--dry-run", "--json", Seeds.path(Seeds.ADDENDUM_2024).toString());

        assertThat(exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(cli.out());
        assertThat(json.get("document").get("kind").asString()).isEqualTo("SG_ADDENDUM");
        assertThat(json.get("document").get("date").asString()).isEqualTo("2024-10-25");
        assertThat(json.get("document").get("respondsTo").asString()).isEqualTo("A/78/19");
        assertThat(json.get("entries")).hasSize(121);
        JsonNode entry38 = json.get("entries").get(2);
        assertThat(entry38.get("paragraph").asInt()).isEqualTo(38);
        assertThat(entry38.get("footnotes")).isEmpty();
        assertThat(entry38.get("section").asString()).isEqualTo("Conduct of peacekeepers and peacekeeping operations");
        assertThat(entry38.get("status").asString()).isEqualTo("ONGOING");
        assertThat(entry38.get("priorReferences").get(0).get("number").asInt()).isEqualTo(37);
        assertThat(entry38.get("priorReferences").get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(entry38.get("text").asString()).startsWith("Implementation is ongoing.");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void dryRunOfAFileThatIsNoDocumentFailsWithTheReasonOnStderr() throws Exception {
        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "Shopping\n\neggs");

        int exit = cli.run("ingest", "--dry-run", "--json", notes.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("Not a recognisable document");
    }

    @Test
    void dryRunOfARealMissionReportShowsItsKindSymbolDateAndYear() {
        Path report = Path.of(System.getProperty("peacetrack.real-docs", "../shared/real-docs"), "S_2017_223.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(report),
                "The real documents are not beside the checkout (../shared/real-docs)");

        int exit = cli.run("ingest", "--dry-run", "--json", report.toString());

        assertThat(exit).isZero();
        JsonNode document = JsonMapper.builder().build().readTree(cli.out()).get("document");
        assertThat(document.get("kind").asString()).isEqualTo("UN_DOCUMENT");
        assertThat(document.get("symbol").asString()).isEqualTo("S/2017/223");
        assertThat(document.get("date").asString()).isEqualTo("2017-03-16");
        assertThat(document.get("year").asInt()).isEqualTo(2017);
        assertThat(document.get("distribution").asString()).isEqualTo("General");
        assertThat(document.get("title").asString())
                .isEqualTo("Report of the Secretary-General on the United Nations Stabilization Mission in Haiti");
    }
}
