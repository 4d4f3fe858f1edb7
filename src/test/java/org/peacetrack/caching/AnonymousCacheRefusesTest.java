package org.peacetrack.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** What is never kept for anonymous readers, whatever address it answers (ADR 0062). */
class AnonymousCacheRefusesTest {

    private static final long LIMIT = 1000;
    private static final String PAGE = "<html><body><p>A published recommendation.</p></body></html>";

    @Test
    void aPlainPageIsKeptWithTheHeadersThatDescribeIt() throws Exception {
        CapturedResponse page = page(PAGE);
        page.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        page.addHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
        page.addHeader("X-Content-Type-Options", "nosniff");
        page.setLocale(Locale.FRENCH);

        assertThat(StoredResponse.refusal(page, false, LIMIT)).isEmpty();
        StoredResponse kept = StoredResponse.of(page, Duration.ofMinutes(1));
        MockHttpServletResponse served = new MockHttpServletResponse();
        kept.writeTo(served);

        assertThat(served.getContentAsString()).isEqualTo(PAGE);
        assertThat(served.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(served.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
        assertThat(served.getHeaders(HttpHeaders.VARY)).containsExactly("Accept-Language, Cookie");
        assertThat(served.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline");
        assertThat(served.getHeader("X-Content-Type-Options")).as("the security chain writes it again").isNull();
    }

    @Test
    void aPageCarryingACsrfTokenIsNotKept() throws Exception {
        assertThat(StoredResponse.refusal(page("<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" "
                + "value=\"abc\"></form>"), false, LIMIT)).contains("csrf");
        assertThat(StoredResponse.refusal(page("<meta name=\"_csrf\" content=\"abc\">"), false, LIMIT)).contains("csrf");
    }

    @Test
    void anAnswerThatSetsACookieOrMadeASessionIsNotKept() throws Exception {
        CapturedResponse cookie = page(PAGE);
        cookie.addHeader(HttpHeaders.SET_COOKIE, "peacetrack-lang=fr; Path=/");

        assertThat(StoredResponse.refusal(cookie, false, LIMIT)).contains("cookie");
        assertThat(StoredResponse.refusal(page(PAGE), true, LIMIT)).contains("cookie");
    }

    @Test
    void anythingButA200IsNotKept() throws Exception {
        CapturedResponse missing = page(PAGE);
        missing.setStatus(404);

        assertThat(StoredResponse.refusal(missing, false, LIMIT)).contains("status");
    }

    @Test
    void aPrivateOrLargeAnswerIsNotKept() throws Exception {
        CapturedResponse personal = page(PAGE);
        personal.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=0");

        assertThat(StoredResponse.refusal(personal, false, LIMIT)).contains("private");
        assertThat(StoredResponse.refusal(page("x".repeat((int) LIMIT + 1)), false, LIMIT)).contains("size");
    }

    private static CapturedResponse page(String body) throws Exception {
        CapturedResponse response = new CapturedResponse(new MockHttpServletResponse());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        return response;
    }
}
