package org.peacetrack.caching;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer as the controllers write it, kept in memory until it is copied out, with the language it was given:
 * Tomcat writes Content-Language from the response's locale only as it commits, so no header shows it before.
 */
final class CapturedResponse extends ContentCachingResponseWrapper {

    private Locale locale;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
        super.setLocale(locale);
    }

    /** The language the answer was given, or null if none was. */
    Locale language() {
        return locale;
    }
}
