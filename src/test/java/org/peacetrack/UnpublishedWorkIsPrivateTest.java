package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unpublished work (drafts, submitted, returned and approved updates, their evidence, and reviewers' return
 * messages) is read only by people with a workflow role. Walks every GET address the application has, in
 * every export format, as an anonymous reader and as a Member State delegate, and finds none of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnpublishedWorkIsPrivateTest {

    /**
     * GET mappings not requested, each with the reason. Everything else is walked, so that a new page or
     * endpoint is checked the day it is added.
     */
    private static final Map<String, String> NOT_WALKED = Map.of(
            // renders the failure of another request from its error attributes; alone it answers 500 by design
            "/error", "the error page of another request");

    /** Extensions to ask every {format} for: the export formats, and those other writers may offer. */
    private static final List<String> FORMATS = Stream.concat(Stream.of(ExportFormat.values())
            .map(ExportFormat::extension), Stream.of("md", "docx", "pdf", "html")).distinct().toList();

    private static final String DELEGATE = "delegate";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    MeterRegistry meters;
    @Autowired
    UserDetailsService accounts;

    SecretWork work;
    UserDetails delegate;

    @BeforeEach
    void unpublishedWorkInEveryState() {
        work = SecretWork.create(jdbc, ingestion, workflow, register);
        delegate = accounts.loadUserByUsername(DELEGATE);
    }

    @Test
    void noPageApiOrExportShowsUnpublishedWorkToTheAnonymousOrToMemberStates() throws Exception {
        ReaderSurface surface = new ReaderSurface(pathValues(), paramValues());
        List<ReaderSurface.Mapping> walked = new ArrayList<>();
        ReaderSurface.getMappings(context).forEach((pattern, handler) -> {
            if (!NOT_WALKED.containsKey(pattern)) {
                walked.add(surface.addresses(pattern, handler));
            }
        });
        assertThat(surface.unfillable()).as("GET mappings the walk cannot fill: give their path variables and "
                + "required parameters a value, or list them in NOT_WALKED with the reason").isEmpty();

        List<String> leaks = new ArrayList<>();
        // the anonymous walk twice: the second is answered from the cache of anonymous answers (ADR 0062), which
        // must hold no more than the first showed
        double hitsBefore = 0;
        boolean[] passes = {false, true, false};
        for (int pass = 0; pass < passes.length; pass++) {
            boolean asDelegate = passes[pass];
            if (pass == passes.length - 1) {
                hitsBefore = cacheHits();
            }
            boolean publishedSeen = false;
            for (ReaderSurface.Mapping mapping : walked) {
                for (URI address : mapping.addresses()) {
                    MockHttpServletResponse response = request(address, asDelegate, leaks);
                    if (response == null) {
                        continue;
                    }
                    String text = ResponseText.of(response).toLowerCase(Locale.ROOT);
                    publishedSeen |= text.contains(SecretWork.PUBLISHED);
                    for (String secret : SecretWork.SECRETS) {
                        if (text.contains(secret)) {
                            leaks.add(who(asDelegate) + " read " + secret + " at " + address);
                        }
                    }
                }
            }
            assertThat(publishedSeen).as("the walk reaches the published update as " + who(asDelegate)).isTrue();
        }
        assertThat(leaks).isEmpty();
        assertThat(cacheHits()).as("the second anonymous walk answered from the cache").isGreaterThan(hitsBefore);
        assertThat(openApiReads()).as("every read the OpenAPI description lists is walked")
                .isSubsetOf(walked.stream().map(m -> normalised(m.pattern())).toList());
    }

    private MockHttpServletResponse request(URI address, boolean asDelegate, List<String> problems) {
        MockHttpServletRequestBuilder request = get(address);
        if (asDelegate) {
            // the delegate as signing in makes them (their account's authorities), without a password check on each
            // of the walk's requests; that the cache tells a signed-in reader by the security context is part of it
            request.with(user(delegate));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                problems.add(who(asDelegate) + " got " + response.getStatus() + " at " + address);
            }
            return response;
        } catch (Exception e) {
            problems.add(who(asDelegate) + " got " + e + " at " + address);
            return null;
        }
    }

    private double cacheHits() {
        return meters.counter("peacetrack.cache.anonymous.requests", "result", "hit").count();
    }

    private static String who(boolean asDelegate) {
        return asDelegate ? "the Member State delegate" : "an anonymous reader";
    }

    private Map<String, List<String>> pathValues() {
        List<String> items = work.items.values().stream().map(String::valueOf).toList();
        List<String> anyId = Stream.concat(items.stream(), Stream.of(work.document, work.cycle).map(String::valueOf))
                .distinct().toList();
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("id", anyId);
        values.put("itemId", items);
        values.put("cycleId", List.of(String.valueOf(work.cycle)));
        values.put("year", List.of("2024", "2025"));
        values.put("number", List.of("38", "39", "46", "68", "112"));
        values.put("format", FORMATS);
        values.put("code", List.of("FATALITIES", "WOMEN_SHARE_UNIFORMED", "NO_SUCH_INDICATOR"));
        values.put("requiredMetricName", List.of("http.server.requests"));
        values.put("toMatch", List.of("health"));
        values.put("path", List.of("health"));
        return values;
    }

    private Map<String, List<String>> paramValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("framework", List.of("A/78/19"));
        values.put("theme", List.of(register.item(work.items.get("DRAFT")).orElseThrow().item().theme() + ""));
        values.put("item", work.items.values().stream().map(String::valueOf).toList());
        values.put("q", List.of(SecretWork.searchForAll()));
        values.put("kind", List.of("C34_RECOMMENDATIONS"));
        // handlers that read every parameter as a map: the search page, API and export
        values.put("*", List.of(SecretWork.searchForAll()));
        return values;
    }

    private Set<String> openApiReads() throws Exception {
        JsonNode paths = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs")).andReturn()
                .getResponse().getContentAsString()).get("paths");
        Set<String> reads = new TreeSet<>();
        paths.propertyNames().forEach(path -> {
            if (paths.get(path).has("get")) {
                reads.add(normalised(path));
            }
        });
        return reads;
    }

    private static String normalised(String pattern) {
        String path = pattern.contains("?") ? pattern.substring(0, pattern.indexOf('?')) : pattern;
        return path.replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "{$1}");
    }
}
