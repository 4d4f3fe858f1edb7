package org.peacetrack.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The accessibility check the browser tests rely on finds a violation when there is one. */
@RequiresBrowser
class WcagTest {

    @Test
    void anImageWithoutATextAlternativeIsAViolation() {
        Page page = pageOf("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>");

        assertThatThrownBy(() -> Wcag.assertNoViolations(page, "the page")).hasMessageContaining("image-alt");
    }

    @Test
    void aPageWithoutViolationsPasses() {
        Wcag.assertNoViolations(pageOf("<p>Text.</p>"), "the page");
    }

    private static Page pageOf(String main) {
        Page page = SharedBrowser.get().newPage();
        page.setContent("<!doctype html><html lang=en><head><title>t</title></head><body><main><h1>t</h1>" + main
                + "</main></body></html>");
        return page;
    }
}
