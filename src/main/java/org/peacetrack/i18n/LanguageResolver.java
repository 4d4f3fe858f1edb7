package org.peacetrack.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's language: the one the reader chose with the switch (a cookie), else the first of the browser's
 * Accept-Language that the pages are written in, else English.
 */
final class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "peacetrack-lang";
    private static final String RESOLVED = LanguageResolver.class.getName() + ".LOCALE";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = chosen(request).or(() -> accepted(request)).orElse(Languages.ENGLISH);
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = Languages.pageLanguage(locale);
        request.setAttribute(RESOLVED, language);
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.getLanguage())
                    .path("/").maxAge(REMEMBERED_FOR).httpOnly(true).sameSite("Lax").build().toString());
        }
    }

    private static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The servlet container orders Accept-Language by quality; without the header it offers its own default. */
    private static Optional<Locale> accepted(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(Languages::of).flatMap(Optional::stream).findFirst();
    }
}
