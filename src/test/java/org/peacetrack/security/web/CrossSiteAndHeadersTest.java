package org.peacetrack.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, items 3, 9 and 11, against a running server: a page of another site cannot make a signed-in
 * editor's browser import through the API; the session cookie is SameSite=Lax; pages carry a content
 * security policy and a referrer policy, HSTS when a proxy says the request came over TLS; metrics are not
 * public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteAndHeadersTest {

    private static final String PASSWORD = "peacetrack-demo";
    private static final String BOUNDARY = "----peacetrack-test-boundary";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noDocuments() {
        Database.wipe(jdbc);
    }

    @Test
    void aCrossSitePostWithOnlyTheSessionCookieCannotImport() {
        FormSession editor = FormSession.signedIn(port, "editor", PASSWORD);

        HttpResponse<String> forged = editor.send(importRequest());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(documents()).isZero();
    }

    @Test
    void theSessionMayImportThroughTheApiWithItsCsrfToken() {
        FormSession editor = FormSession.signedIn(port, "editor", PASSWORD);
        String token = csrfToken(editor.get("/import").body());

        HttpResponse<String> own = editor.send(importRequest().header("X-CSRF-TOKEN", token));

        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(documents()).isOne();
    }

    @Test
    void basicAuthenticationImportsWithoutAToken() {
        String basic = Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = new FormSession(port).send(importRequest().header("Authorization", "Basic " + basic));

        assertThat(answer.statusCode()).isEqualTo(201);
    }

    @Test
    void theSessionCookieIsSameSiteLax() {
        FormSession session = new FormSession(port);
        session.get("/login");
        HttpResponse<String> signIn = session.post("/login", Map.of("username", "editor", "password", PASSWORD));

        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allMatch(c -> c.contains("SameSite=Lax"), "SameSite=Lax").allMatch(c -> c.contains("HttpOnly"));
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() {
        HttpResponse<String> home = new FormSession(port).get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void hstsIsSentWhenTheProxySaysTheRequestCameOverTls() {
        FormSession browser = new FormSession(port);
        HttpResponse<String> plain = browser.get("/");
        HttpResponse<String> behindTls = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/"))
                .header("X-Forwarded-Proto", "https").GET());

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
    }

    @Test
    void metricsAreNotPublicButHealthIs() {
        FormSession anonymous = new FormSession(port);

        assertThat(anonymous.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder importRequest() {
        byte[] file = Seeds.bytes(Seeds.ADDENDUM_2024);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"addendum.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head.getBytes(StandardCharsets.UTF_8), file, tail)));
    }

    private int documents() {
        return jdbc.queryForObject("select count(*) from document", Integer.class);
    }

    private static String csrfToken(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
