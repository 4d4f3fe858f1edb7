package org.peacetrack.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every import path keeps the file's original bytes under their SHA-256; staff are told when a document has none. */
@SpringBootTest
@AutoConfigureMockMvc
class OriginalsKeptTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DocumentService documents;
    @Autowired
    IngestionService ingestion;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
        jdbc.update("delete from document_original");
    }

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }

    private static MockMultipartFile file(String seed) {
        return new MockMultipartFile("file", seed, "text/plain", Seeds.bytes(seed));
    }

    private long documentId() {
        return jdbc.queryForObject("select max(id) from document", Long.class);
    }

    @Test
    void theImportPageKeepsTheOriginalByteForByteUnderItsHash() throws Exception {
        mvc.perform(multipart("/import").file(file(Seeds.ADDENDUM_2024)).with(editor()).with(csrf())).andExpect(status().isOk());

        byte[] bytes = Seeds.bytes(Seeds.ADDENDUM_2024);
        assertThat(documents.original(documentId())).hasValueSatisfying(o -> {
            assertThat(o.content()).isEqualTo(bytes);
            assertThat(o.fileHash()).isEqualTo(sha256(bytes));
        });
    }

    @Test
    void theApiAndTheServiceKeepOriginalsOncePerDistinctFile() throws Exception {
        mvc.perform(multipart("/api/imports").file(file(Seeds.PRIORITIES)).with(editor())).andExpect(status().isCreated());
        mvc.perform(multipart("/api/imports").file(file(Seeds.PRIORITIES)).with(editor())).andExpect(status().isOk());
        ingestion.ingest(Seeds.INITIATIVES, Seeds.bytes(Seeds.INITIATIVES), null);

        assertThat(jdbc.queryForObject("select count(*) from document_original", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("select file_hash from document_original", String.class))
                .containsExactlyInAnyOrder(sha256(Seeds.bytes(Seeds.PRIORITIES)), sha256(Seeds.bytes(Seeds.INITIATIVES)));
    }

    @Test
    void aRefusedFileLeavesNoOriginal() throws Exception {
        MockMultipartFile notes = new MockMultipartFile("file", "notes.txt", "text/plain",
                "Just notes".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports").file(notes).with(editor())).andExpect(status().isUnprocessableContent());

        assertThat(jdbc.queryForObject("select count(*) from document_original", Long.class)).isZero();
    }

    @Test
    void aDocumentImportedBeforeOriginalsWereKeptSaysSoToStaffAndGetsItByImportingTheFileAgain() throws Exception {
        ingestion.ingest(Seeds.PRIORITIES, Seeds.bytes(Seeds.PRIORITIES), null);
        jdbc.update("delete from document_original");
        long id = documentId();

        mvc.perform(get("/documents/" + id).with(editor())).andExpect(status().isOk())
                .andExpect(content().string(containsString("not kept: imported before Peacetrack kept originals")));
        mvc.perform(get("/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Original file"))));

        mvc.perform(multipart("/import").file(file(Seeds.PRIORITIES)).with(editor()).with(csrf())).andExpect(status().isOk());

        assertThat(documentId()).isEqualTo(id);
        assertThat(documents.original(id)).isPresent();
        mvc.perform(get("/documents/" + id).with(editor())).andExpect(status().isOk())
                .andExpect(content().string(containsString("kept, " + Seeds.bytes(Seeds.PRIORITIES).length + " bytes")));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
