package org.peacetrack.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accessibility check the browser tests rely on finds a violation when there is one. */
@RequiresBrowser
class WcagTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = SharedBrowser.get();
    }

    @AfterAll
    static void closePages() {
        browser.closePages();
    }

    @Test
    void anImageWithoutATextAlternativeIsAViolation() {
        Page page = browser.newPage();
        page.setContent("<!doctype html><html lang=en><head><title>t</title></head><body><main><h1>t</h1>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");

        assertThatThrownBy(() -> Wcag.assertNoViolations(page, "the page")).hasMessageContaining("image-alt");
    }

    @Test
    void aPageWithoutViolationsPasses() {
        Page page = browser.newPage();
        page.setContent("<!doctype html><html lang=en><head><title>t</title></head><body><main><h1>t</h1>"
                + "<p>Text.</p></main></body></html>");

        Wcag.assertNoViolations(page, "the page");
    }
}
