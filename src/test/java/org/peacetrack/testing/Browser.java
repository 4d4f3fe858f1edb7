package org.peacetrack.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with no network beyond the machine. Each page opens in a
 * context (cookies, storage) of its own; {@link #closePages()} closes them all, the browser stays for the next.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
    }

    public Page newPage() {
        return opened(chromium.newContext()).newPage();
    }

    /** A fresh page with JavaScript switched off, as some readers and slow field links have it. */
    public Page newPageWithoutJavaScript() {
        return opened(chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false))).newPage();
    }

    /** A fresh session signed in as one of the demo accounts (peacetrack.security.demo-accounts). */
    public Page signedIn(String baseUrl, String username, String password) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private BrowserContext opened(BrowserContext context) {
        contexts.add(context);
        return context;
    }

    /** Closes every page opened so far and forgets their sessions. */
    public void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
