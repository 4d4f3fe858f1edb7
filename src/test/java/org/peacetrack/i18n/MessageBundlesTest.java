package org.peacetrack.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every bundle complete in English and French, configured, and without traps for MessageFormat. */
class MessageBundlesTest {

    /** A single apostrophe, not doubled: MessageFormat would take it for a quote and drop the text after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void everyBundleAndItsFrenchTwinHaveTheSameKeysAndNoEmptyValue() {
        for (String bundle : Bundles.names()) {
            Map<String, String> english = Bundles.english(bundle);
            Map<String, String> french = Bundles.french(bundle);
            assertThat(french.keySet()).as(bundle + "_fr.properties against " + bundle + ".properties")
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
            english.forEach((k, v) -> assertThat(v).as(bundle + ": " + k).isNotBlank());
            french.forEach((k, v) -> assertThat(v).as(bundle + "_fr: " + k).isNotBlank());
        }
    }

    @Test
    void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws Exception {
        assertThat(Bundles.configuredBasenames(Files.readString(Path.of("src/main/resources/application.yml"))))
                .as("spring.messages.basename").containsExactlyInAnyOrderElementsOf(Bundles.names());
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : Bundles.names()) {
            Bundles.english(bundle).keySet().forEach(k -> {
                String first = owner.putIfAbsent(k, bundle);
                if (first != null) {
                    twice.add(k + " in " + first + " and " + bundle);
                }
            });
        }
        assertThat(twice).as("the first bundle wins, the other's text is never shown").isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        List<String> traps = new ArrayList<>();
        for (String bundle : Bundles.names()) {
            for (Map<String, String> messages : List.of(Bundles.english(bundle), Bundles.french(bundle))) {
                messages.forEach((k, v) -> {
                    if (ARGUMENT.matcher(v).find() && LONE_APOSTROPHE.matcher(v).find()) {
                        traps.add(bundle + ": " + k + "=" + v);
                    }
                });
            }
        }
        assertThat(traps).isEmpty();
    }
}
