package org.peacetrack.workflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The workflow pages and their refusals in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkflowPagesInFrenchTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCyclesPageAndARefusedDeadlineSpeakFrench() throws Exception {
        mvc.perform(get("/cycles").locale(Locale.FRENCH).with(user("editor").roles("EDITOR")))
                .andExpect(content().string(containsString("Cycles de rapport")))
                .andExpect(content().string(containsString("Ouvrir le cycle")));
        mvc.perform(post("/cycles").locale(Locale.FRENCH).with(csrf()).with(user("editor").roles("EDITOR"))
                        .param("framework", "A/78/19").param("year", "2031")
                        .param("deadline", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Cette étape n’est pas possible pour le moment")))
                .andExpect(content().string(containsString("est passée")));
    }

    @Test
    void aFocalPointMayNotCloseACycleAndIsToldSoInEnglish() throws Exception {
        mvc.perform(get("/my-items").locale(Locale.ENGLISH).with(user("reviewer").roles("REVIEWER")))
                .andExpect(content().string(containsString("My items")));
        mvc.perform(post("/cycles/999999/close").with(csrf()).with(user("focal").roles("FOCAL_POINT")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("may not close a reporting cycle")));
    }

    @Test
    void itemNumbersThatAreNotNumbersAreRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/cycles/999999/assignments").locale(Locale.FRENCH).with(csrf())
                        .with(user("editor").roles("EDITOR")).param("numbers", "38, abc").param("entity", "DPO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Veuillez vérifier le formulaire")))
                .andExpect(content().string(containsString("« abc » n’est pas un numéro d’élément.")));
    }
}
