package org.peacetrack.testing;

/** The test JVM's one Chromium, started on first use and closed when the JVM shuts down. */
final class SharedBrowser {

    private static Browser browser;

    private SharedBrowser() {
    }

    static synchronized Browser get() {
        if (browser == null) {
            browser = new Browser();
            Browser started = browser;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (RuntimeException alreadyGone) {
                    // the driver may have ended first; Chromium ends with it
                }
            }, "close-chromium"));
        }
        return browser;
    }
}
