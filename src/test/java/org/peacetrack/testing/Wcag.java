package org.peacetrack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** WCAG 2.1 A and AA rules checked by axe-core on the page a browser test has open. */
public final class Wcag {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Wcag() {
    }

    /**
     * Runs axe in the page itself (its "legacy" mode: Peacetrack's pages have no frames, so the frame-by-frame
     * mode, which opens a second page for each check, finds the same) and asks only for violations, not the
     * details of every rule passed: each check took seconds otherwise.
     */
    public static void assertNoViolations(Page page, String what) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder(page).options(violationsOnly).withTags(WCAG_21_AA).setLegacyMode(true)
                .analyze().getViolations();
        assertThat(violations).as(what + ": " + describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getNodes().size() + "x: " + v.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
