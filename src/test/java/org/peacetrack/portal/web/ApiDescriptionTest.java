package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description says what a client needs: uploads as forms, search parameters, summaries, sign-in. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTest {

    @Autowired
    MockMvc mvc;

    JsonNode api;

    @BeforeEach
    void readTheDescription() throws Exception {
        api = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anImportIsAMultipartUploadOfTheFile() {
        JsonNode body = api.at("/paths/~1api~1imports/post/requestBody");
        assertThat(body.get("content").propertyNames()).containsExactly("multipart/form-data");
        JsonNode form = body.at("/content/multipart~1form-data/schema");
        assertThat(form.at("/properties/file/format").asString()).isEqualTo("binary");
        assertThat(form.at("/properties/kind/enum").toString()).contains("SG_ADDENDUM");
        assertThat(form.at("/required").toString()).contains("file").doesNotContain("kind");
        assertThat(api.at("/paths/~1api~1imports/post/parameters").isMissingNode()
                || api.at("/paths/~1api~1imports/post/parameters").isEmpty()).isTrue();
    }

    @Test
    void searchListsEachOfItsParameters() {
        List<String> names = new ArrayList<>();
        api.at("/paths/~1api~1search/get/parameters").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).containsExactlyInAnyOrder("q", "year", "theme", "status", "addressee", "mission", "entity",
                "kind", "page", "size");
    }

    @Test
    void everyOperationHasASummary() {
        List<String> without = new ArrayList<>();
        JsonNode paths = api.get("paths");
        paths.propertyNames().forEach(path -> paths.get(path).properties().forEach(operation -> {
            JsonNode summary = operation.getValue().get("summary");
            if (summary == null || summary.asString().isBlank()) {
                without.add(operation.getKey() + " " + path);
            }
        }));
        assertThat(without).isEmpty();
    }

    @Test
    void writesNameHowToSignInAndReadsNeedNone() {
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");
        assertThat(api.at("/paths/~1api~1imports/post/security").toString()).contains("basicAuth", "session");
        assertThat(api.at("/paths/~1api~1items~1{id}/get/security").isMissingNode()).isTrue();
    }
}
