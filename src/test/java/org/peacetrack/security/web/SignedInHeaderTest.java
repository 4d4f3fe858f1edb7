package org.peacetrack.security.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The header names the signed-in person on every page, refused forms included. */
@SpringBootTest
@AutoConfigureMockMvc
class SignedInHeaderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedImportStillShowsWhoIsSignedIn() throws Exception {
        MockMultipartFile notADocument = new MockMultipartFile("file", "notes.txt", "text/plain",
                "shopping list: bread, milk".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/import").file(notADocument).with(csrf()).with(user("editor.one").roles("EDITOR")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("editor.one (Editor)")))
                .andExpect(content().string(not(containsString("Sign in</a>"))));
    }

    @Test
    void anAnonymousReaderIsOfferedToSignIn() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Sign in</a>")));
    }
}
