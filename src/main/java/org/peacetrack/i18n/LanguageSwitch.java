package org.peacetrack.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=fr} on any page switches the language and remembers it. Every page says that its words
 * depend on Accept-Language and on the cookie, so that no cache serves one reader's French to another.
 */
final class LanguageSwitch implements HandlerInterceptor {

    static final String PARAMETER = "lang";
    private static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            Languages.of(request.getParameter(PARAMETER))
                    .ifPresent(language -> resolver.setLocale(request, response, language));
        }
        if (!response.getHeaders(HttpHeaders.VARY).contains(VARY)) {
            response.addHeader(HttpHeaders.VARY, VARY);
        }
        return true;
    }
}
