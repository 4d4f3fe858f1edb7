package org.peacetrack.i18n;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The language of the pages: Accept-Language by default, the switch when used, English otherwise. */
@SpringBootTest
@AutoConfigureMockMvc
class PageLanguageTest {

    private static final String FRENCH_BROWSER = "fr-CH, fr;q=0.9, en;q=0.8";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFrenchBrowserGetsFrenchPagesThatCachesKeepApart() throws Exception {
        mvc.perform(get("/").header("Accept-Language", FRENCH_BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""),
                        containsString("Aller au contenu"), containsString(">Recommandations<"))))
                .andExpect(header().string("Content-Language", "fr"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language, Cookie")));
    }

    @Test
    void aBrowserAskingForNeitherEnglishNorFrenchGetsEnglish() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE, de;q=0.9"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Skip to content"))))
                .andExpect(header().string("Content-Language", "en"));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").header("Accept-Language", "de, fr;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")));
    }

    @Test
    void theSwitchWinsOverTheBrowserAndIsRemembered() throws Exception {
        mvc.perform(get("/").param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")))
                .andExpect(cookie().value(LanguageResolver.COOKIE, "fr"))
                .andExpect(cookie().httpOnly(LanguageResolver.COOKIE, true));
        mvc.perform(get("/items").cookie(new Cookie(LanguageResolver.COOKIE, "fr")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")));
        mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(cookie().doesNotExist(LanguageResolver.COOKIE));
    }

    @Test
    void theSwitchLinksToThisPageInEachLanguageAndMarksTheCurrentOne() throws Exception {
        mvc.perform(get("/search?q=deployment").header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(
                        containsString("<a lang=\"en\" hreflang=\"en\" href=\"/search?q=deployment&amp;lang=en\">English</a>"),
                        containsString("<a lang=\"fr\" hreflang=\"fr\" href=\"/search?q=deployment&amp;lang=fr\" aria-current=\"true\">Français</a>"),
                        containsString("<ul class=\"languages\" aria-label=\"Langue\">"))));
    }

    @Test
    void theImportPagesSpeakFrenchAndSayWhichExplanationsAreInEnglish() throws Exception {
        Database.wipe(jdbc);
        mvc.perform(get("/import").with(user("editor").roles("EDITOR")).header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("Importer un document"),
                        containsString("Fichier du document (PDF, Word .docx, HTML, texte brut ou Markdown ; 50 Mo au plus)"),
                        containsString("Additif du Secrétaire général"), not(containsString("??")))));

        MockMultipartFile notes = new MockMultipartFile("file", "notes.txt", "text/plain",
                "Shopping\n\neggs".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/import").file(notes).with(user("editor").roles("EDITOR")).with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Le fichier n&#39;a pas été importé"),
                        containsString("<p lang=\"en\">notes.txt: Not a recognisable document"),
                        containsString("Rien n&#39;a été enregistré."))));

        MockMultipartFile addendum = new MockMultipartFile("file", Seeds.ADDENDUM_2024, "text/plain",
                Seeds.bytes(Seeds.ADDENDUM_2024));
        mvc.perform(multipart("/import").file(addendum).with(user("editor").roles("EDITOR")).with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rapport d&#39;import"),
                        containsString("Le document a été importé."), containsString("25 octobre 2024"),
                        containsString("Additif du Secrétaire général"), containsString(">121<"))));
    }
}
