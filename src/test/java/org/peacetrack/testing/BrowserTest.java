package org.peacetrack.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and a headless Chromium. One Chromium serves every browser test of the JVM
 * (started by the first, closed when the JVM ends: its start is seconds each time); each class's pages and
 * sessions are closed after it.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = SharedBrowser.get();
    }

    @AfterAll
    static void closePages() {
        browser.closePages();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
