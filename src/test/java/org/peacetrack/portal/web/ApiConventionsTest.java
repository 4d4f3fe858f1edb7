package org.peacetrack.portal.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ApiConventionsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDescriptionListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Peacetrack API"))
                .andExpect(jsonPath("$.paths", hasKey("/api/items/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/documents")))
                .andExpect(jsonPath("$.paths", hasKey("/api/imports")));
    }

    @Test
    void publicReadsAnswerHeadWithoutSignIn() throws Exception {
        mvc.perform(head("/api/frameworks")).andExpect(status().isOk());
        mvc.perform(head("/items")).andExpect(status().isOk());
    }

    @Test
    void readsCarryAnETagAndAnswerNotModifiedWhenUnchanged() throws Exception {
        MvcResult first = mvc.perform(get("/api/frameworks")).andExpect(status().isOk())
                .andExpect(header().exists("ETag")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get("/api/frameworks").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        mvc.perform(get("/api/items/424242"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("No item 424242"));
    }
}
