package org.peacetrack.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every word a template shows comes from a message bundle, and every message it asks for exists. */
class TemplateMessagesTest {

    /**
     * Templates still being moved into bundles by their owners. The integrator removes each name when its
     * owner's branch lands (portal, workflow, leak); the list is empty when every page is in bundles.
     */
    private static final Set<String> PENDING = Set.of();

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");
    /** #messages.msg('key') with the whole key, or #messages.msg('label.Status.' + s) with its prefix. */
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']+)'\\s*([,)+])");

    @Test
    void everyMessageATemplateAsksForExists() throws IOException {
        Map<String, String> messages = Bundles.allEnglish();
        List<String> missing = new ArrayList<>();
        for (Path template : Bundles.templates()) {
            String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
            Matcher keys = MESSAGE_KEY.matcher(html);
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(template.getFileName() + ": #{" + keys.group(1) + "}");
                }
            }
            Matcher calls = MSG_CALL.matcher(html);
            while (calls.find()) {
                String key = calls.group(1);
                boolean prefix = calls.group(2).equals("+");
                if (prefix ? messages.keySet().stream().noneMatch(k -> k.startsWith(key)) : !messages.containsKey(key)) {
                    missing.add(template.getFileName() + ": #messages.msg('" + key + "'" + (prefix ? " + ...)" : ")"));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateShowsWordsThatAreNotInABundle() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : Bundles.templates()) {
            if (!PENDING.contains(template.getFileName().toString())) {
                LiteralText.in(Files.readString(template)).forEach(l -> literal.add(template.getFileName() + ": " + l));
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void pendingTemplatesExistSoThatTheListShrinksAsTheyAreConverted() {
        List<String> names = Bundles.templates().stream().map(t -> t.getFileName().toString()).toList();
        assertThat(names).containsAll(PENDING);
    }

    @Test
    void theScanFindsLiteralWordsAndLetsMessagesThrough() {
        assertThat(LiteralText.in("<p>Nothing was stored.</p>")).hasSize(1);
        assertThat(LiteralText.in("<p th:text=\"#{x}\">Nothing was stored.</p>")).isEmpty();
        assertThat(LiteralText.in("<p th:text=\"${n == 1} ? '1 result' : #{results}\">r</p>")).hasSize(1);
        assertThat(LiteralText.in("<span th:text=\"|score ${s}|\">s</span>")).hasSize(1);
        assertThat(LiteralText.in("<span th:text=\"|${a} (${#messages.msg('label.Role.' + r)})|\">s</span>")).isEmpty();
        assertThat(LiteralText.in("<nav aria-label=\"Main\"></nav>")).hasSize(1);
        assertThat(LiteralText.in("<nav aria-label=\"Main\" th:aria-label=\"#{main}\"></nav>")).isEmpty();
        assertThat(LiteralText.in("<a>Peacetrack</a> · <code>DPO;DOS</code>")).isEmpty();
        assertThat(LiteralText.in("<title th:text=\"|#{x} - Peacetrack|\">t</title>")).isEmpty();
        assertThat(LiteralText.in("<p th:if=\"${k == 'ONGOING'}\" th:text=\"${k == 'ONGOING'} ? #{a} : #{b}\">x</p>")).isEmpty();
    }
}
