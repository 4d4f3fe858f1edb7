package org.peacetrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.OidcProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14: OpenID Connect sign-in end to end against a real provider (Spring Security's authorization
 * server, started beside the application), over HTTP with real redirects and a cookie jar: the person signs
 * in on the provider's own form, the application takes the role from the ID token's claims (ADR 0054), and
 * signing out ends both sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenIdConnectSignInTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The provider's people and the claims their ID tokens carry. */
    private static final OidcProvider PROVIDER = OidcProvider.start(Map.of(
            "ada", Map.of("name", "Ada Lovelace", OidcRoles.ROLE_CLAIM, "editor"),
            "fatou", Map.of("name", "Fatou Diallo", OidcRoles.ROLE_CLAIM, "FOCAL_POINT", OidcRoles.ENTITY_CLAIM, "DPO"),
            "stranger", Map.of("name", "Someone Unknown"),
            "pretender", Map.of("name", "Pre Tender", OidcRoles.ROLE_CLAIM, "superuser"),
            "lost", Map.of("name", "Lost Focal", OidcRoles.ROLE_CLAIM, "focal_point"),
            "admin", Map.of()));

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration." + OidcProvider.REGISTRATION;
        registry.add(registration + ".client-id", () -> OidcProvider.CLIENT_ID);
        registry.add(registration + ".client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add(registration + ".client-name", () -> "Test provider");
        registry.add(registration + ".scope", () -> "openid");
        registry.add(registration + ".authorization-grant-type", () -> "authorization_code");
        registry.add("spring.security.oauth2.client.provider." + OidcProvider.REGISTRATION + ".issuer-uri",
                PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void tellTheProviderWhereTheApplicationRuns() {
        PROVIDER.allow("http://localhost:" + port);
    }

    @Test
    void theSignInPageOffersTheProvider() {
        FormSession visitor = new FormSession(port);
        assertThat(visitor.get("/login").body()).contains("href=\"/oauth2/authorization/idp\"")
                .contains("Sign in with Test provider");
    }

    @Test
    void anEditorSignsInAtTheProviderAndActsWithTheRoleItsClaimNames() {
        FormSession ada = new FormSession(port);
        List<URI> path = signIn(ada, "ada");

        assertThat(path).anySatisfy(u -> assertThat(u.toString()).startsWith(PROVIDER.issuer() + "/login"));
        assertThat(path.get(path.size() - 1).getPath()).isEqualTo("/");
        assertThat(ada.get("/").body()).contains("Ada Lovelace (Editor)");
        assertThat(ada.get("/import").statusCode()).isEqualTo(200);
        assertThat(ada.get("/admin/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void aFocalPointLandsOnTheirEntitysItems() {
        FormSession fatou = new FormSession(port);
        List<URI> path = signIn(fatou, "fatou");

        assertThat(path.get(path.size() - 1).getPath()).isEqualTo("/my-items");
        assertThat(fatou.get("/my-items").body()).contains("Fatou Diallo (Focal point)");
        assertThat(fatou.get("/import").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneTheProviderGivesNoRoleIsASignedInReaderWithNoStaffRole() {
        for (String person : List.of("stranger", "pretender", "lost")) {
            FormSession session = new FormSession(port);
            List<URI> path = signIn(session, person);

            assertThat(path.get(path.size() - 1).getPath()).as(person).isEqualTo("/");
            assertThat(session.get("/").body()).as(person).contains("(Member State delegate)");
            assertThat(session.get("/cycles").statusCode()).as(person).isEqualTo(200);
            assertThat(session.get("/import").statusCode()).as(person).isEqualTo(403);
            assertThat(session.get("/admin/accounts").statusCode()).as(person).isEqualTo(403);
        }
    }

    @Test
    void aProviderSubjectNamedLikeALocalAccountNeitherActsAsItNorMakesItsTokens() {
        int before = tokens.list("admin").size();
        FormSession twin = new FormSession(port);
        signIn(twin, "admin");

        assertThat(twin.get("/admin/accounts").statusCode()).isEqualTo(403);
        twin.get("/account/tokens");
        HttpResponse<String> made = twin.post("/account/tokens", Map.of("name", "stolen", "scope", "IMPORT"));
        assertThat(made.statusCode()).isEqualTo(400);
        assertThat(tokens.list("admin")).hasSize(before);
    }

    @Test
    void signingOutEndsTheApplicationsSessionAndTheProviders() {
        FormSession ada = new FormSession(port);
        signIn(ada, "ada");
        // while the provider's session lasts, signing in again passes straight through it
        List<URI> again = follow(ada, ada.send(HttpRequest.newBuilder(URI.create(ada.base() + "/oauth2/authorization/idp"))));
        assertThat(again).noneSatisfy(u -> assertThat(u.toString()).startsWith(PROVIDER.issuer() + "/login"));

        ada.get("/");
        HttpResponse<String> out = ada.post("/logout", Map.of());
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(PROVIDER.issuer() + "/connect/logout").contains("id_token_hint=");
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=" + ada.base() + "/");
        // the sign-out form posts here and the browser follows to the provider: the policy must allow it
        assertThat(out.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + PROVIDER.issuer());
        List<URI> back = follow(ada, out);
        assertThat(back.get(back.size() - 1)).isEqualTo(URI.create(ada.base() + "/"));

        assertThat(ada.get("/").body()).doesNotContain("Ada Lovelace");
        assertThat(ada.get("/import").statusCode()).isIn(302, 401);
        List<URI> fresh = follow(ada, ada.send(HttpRequest.newBuilder(URI.create(ada.base() + "/oauth2/authorization/idp"))));
        assertThat(fresh.get(fresh.size() - 1).toString()).isEqualTo(PROVIDER.issuer() + "/login");
    }

    @Test
    void aLocalSignInSignsOutHereOnly() {
        FormSession admin = FormSession.signedIn(port, "admin", "root-secret-for-tests");
        admin.get("/");
        HttpResponse<String> out = admin.post("/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).isIn("/", admin.base() + "/");
    }

    /** Starts at the sign-in link, signs in on the provider's form, and follows back; the addresses visited. */
    private List<URI> signIn(FormSession session, String person) {
        List<URI> path = follow(session, session.send(
                HttpRequest.newBuilder(URI.create(session.base() + "/oauth2/authorization/" + OidcProvider.REGISTRATION))));
        URI form = path.get(path.size() - 1);
        assertThat(form.toString()).isEqualTo(PROVIDER.issuer() + "/login");
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(form));
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the provider's form carries a CSRF token").isTrue();
        String body = Map.of("username", person, "password", OidcProvider.PASSWORD, "_csrf", token.group(1)).entrySet()
                .stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(form)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        List<URI> rest = follow(session, signedIn);
        List<URI> all = new ArrayList<>(path);
        all.addAll(rest);
        assertThat(rest.get(rest.size() - 1).getHost()).as("back at the application").isEqualTo("localhost");
        return all;
    }

    /** Follows redirects as a browser does, across both sites; every address, the last one answered 2xx/4xx. */
    private static List<URI> follow(FormSession session, HttpResponse<String> response) {
        List<URI> visited = new ArrayList<>();
        visited.add(response.uri());
        HttpResponse<String> current = response;
        for (int hops = 0; current.statusCode() / 100 == 3; hops++) {
            assertThat(hops).as("redirects from " + response.uri()).isLessThan(10);
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            current = session.send(HttpRequest.newBuilder(next));
        }
        assertThat(current.statusCode()).as("answer at " + current.uri()).isLessThan(500);
        return visited;
    }
}
