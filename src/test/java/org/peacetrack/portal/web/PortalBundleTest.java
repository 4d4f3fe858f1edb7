package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal's pages take every string from the portal bundle, which has a French twin for every key. */
class PortalBundleTest {

    private static final List<String> TEMPLATES = List.of("home", "items", "frameworks", "documents", "document", "item",
            "figures", "chart");
    private static final Pattern KEY = Pattern.compile("#\\{(portal\\.[\\w.]+)");

    private static String resource(String path) {
        try (InputStream in = PortalBundleTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = PortalBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyKeyThePagesUseExistsInEnglishAndFrench() {
        Set<String> used = new TreeSet<>();
        for (String template : TEMPLATES) {
            Matcher m = KEY.matcher(resource("/templates/" + template + ".html"));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("portal").stringPropertyNames()).containsAll(used);
        assertThat(bundle("portal_fr").stringPropertyNames()).containsAll(used);
    }

    @Test
    void frenchHasExactlyTheEnglishKeys() {
        assertThat(bundle("portal_fr").stringPropertyNames()).isEqualTo(bundle("portal").stringPropertyNames());
    }

    @Test
    void pagesWriteNoStatusOrKindCodeAsText() {
        for (String template : TEMPLATES) {
            String html = resource("/templates/" + template + ".html");
            assertThat(html).as(template).doesNotContain("currentStatus.label}").doesNotContain("status.label}")
                    .doesNotContain("th:text=\"${d.kind}\"").doesNotContain("th:text=\"${doc.document.kind}\"")
                    .doesNotContain("u.workflowState}|");
        }
    }
}
