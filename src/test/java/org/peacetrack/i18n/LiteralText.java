package org.peacetrack.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Words a template would show that come from no message: text between tags, visible attributes (alt, title,
 * placeholder, aria-label) and string literals in th:text and its kin.
 */
final class LiteralText {

    /** Shown the same in every language. */
    private static final Set<String> ALLOWED = Set.of(
            "Peacetrack", // the product's name
            // values that templates compare with or hand to a formatter, never shown as words
            "yyyy-MM-dd", "(no theme)", "importer", "page");
    /** Code, not prose: examples of input and the content of scripts. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "script", "style");
    /** Attributes that replace the element's content, so that what the template holds is only a prototype. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label",
            "aria-description");
    private static final List<String> EXPRESSIONS = List.of("th:text", "th:utext", "th:title", "th:alt", "th:placeholder",
            "th:aria-label", "th:value", "th:attr");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern MESSAGE = Pattern.compile("#\\{[^}]*}|#messages\\.\\w+\\(\\s*'[^']*'|@\\{[^}]*}");
    private static final Pattern STRING = Pattern.compile("'([^']*)'");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern INNER_EXPRESSION = Pattern.compile("[$*#@]\\{[^}]*}");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private LiteralText() {
    }

    static List<String> in(String html) {
        Document template = Jsoup.parse(html);
        List<String> found = new ArrayList<>();
        template.getAllElements().forEach(element -> {
            element.textNodes().forEach(text -> {
                if (shown(text) && isProse(text.text())) {
                    found.add("text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                }
            });
            for (Attribute a : element.attributes()) {
                if (VISIBLE_ATTRIBUTES.contains(a.getKey()) && isProse(a.getValue()) && !element.hasAttr("th:" + a.getKey())) {
                    found.add(a.getKey() + "=\"" + a.getValue() + "\" in <" + element.tagName() + ">");
                }
                if (EXPRESSIONS.contains(a.getKey())) {
                    literalsIn(a.getValue()).forEach(l -> found.add(a.getKey() + " literal '" + l + "' in <" + element.tagName() + ">"));
                }
            }
        });
        return found;
    }

    private static boolean shown(TextNode text) {
        for (Node n = text.parent(); n instanceof Element e; n = e.parent()) {
            if (CODE.contains(e.tagName())) {
                return false;
            }
            // a page template replaces its <html> by the layout's, into which its own parts are inserted
            boolean root = e.tagName().equals("html");
            if (!root && REPLACING.stream().anyMatch(e::hasAttr)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProse(String text) {
        String words = text;
        for (String allowed : ALLOWED) {
            words = words.replace(allowed, "");
        }
        return LETTER.matcher(words).find();
    }

    /** String literals and literal substitutions (|...|) of an expression, without message keys and constants. */
    static List<String> literalsIn(String expression) {
        String withoutMessages = MESSAGE.matcher(expression).replaceAll("");
        List<String> literals = new ArrayList<>();
        Matcher strings = STRING.matcher(withoutMessages);
        while (strings.find()) {
            String s = strings.group(1);
            if (isProse(s) && !CONSTANT.matcher(s).matches()) {
                literals.add(s);
            }
        }
        Matcher substitutions = SUBSTITUTION.matcher(STRING.matcher(withoutMessages).replaceAll(""));
        while (substitutions.find()) {
            String outside = INNER_EXPRESSION.matcher(substitutions.group(1)).replaceAll("");
            if (isProse(outside)) {
                literals.add(substitutions.group(1));
            }
        }
        return literals;
    }
}
