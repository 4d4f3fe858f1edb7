package org.peacetrack.caching;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests may be answered from the cache, for how long their answer may be kept, and the key of that
 * answer: everything it varies on besides the generation.
 */
final class AnonymousRequests {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final List<PathPattern> pages;
    private final List<PathPattern> searches;
    private final Duration ttl;
    private final Duration searchTtl;
    private final List<String> sessionCookies;
    private final LocaleResolver locales;

    AnonymousRequests(AnonymousCacheSettings settings, LocaleResolver locales) {
        this.pages = parse(settings.paths());
        this.searches = parse(settings.searchPaths());
        this.ttl = settings.ttl();
        this.searchTtl = settings.searchTtl();
        this.sessionCookies = List.copyOf(settings.sessionCookies());
        this.locales = locales;
    }

    /** How long this request's answer may be kept, if it may be answered from the cache at all. */
    Optional<Duration> lifetime(HttpServletRequest request) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) || !anonymous(request)) {
            return Optional.empty();
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        if (pages.stream().anyMatch(p -> p.matches(path))) {
            return Optional.of(ttl);
        }
        if (searches.stream().anyMatch(p -> p.matches(path))) {
            return Optional.of(searchTtl);
        }
        return Optional.empty();
    }

    /** The key of this request's answer in the given generation. HEAD is answered from GET's entry. */
    ResponseKey key(HttpServletRequest request, long generation) {
        return new ResponseKey(generation, request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort(), target(request), locales.resolveLocale(request).toLanguageTag(),
                request.getHeader(HttpHeaders.ACCEPT));
    }

    /** The path and the parameters as the controllers read them (a GET's come from its query). */
    private static String target(HttpServletRequest request) {
        StringBuilder target = new StringBuilder(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            target.append('\n').append(name);
            for (String value : values) {
                target.append('\0').append(value);
            }
        });
        return target.toString();
    }

    /**
     * No credentials of any kind: no Authorization header, no session (requested or cookie), no remember-me, and
     * the security chain (which runs before this filter) found no one signed in.
     */
    private boolean anonymous(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookies.stream().anyMatch(name -> name.equalsIgnoreCase(cookie.getName()))) {
                    return false;
                }
            }
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || TRUST.isAnonymous(signedIn);
    }

    private static List<PathPattern> parse(List<String> patterns) {
        PathPatternParser parser = new PathPatternParser();
        return patterns.stream().map(parser::parse).toList();
    }

    /** What a stored answer varies on: the generation, the origin (permalinks are absolute), the target, the page's
     *  language as resolved (Accept-Language, the language cookie), and the Accept header. */
    record ResponseKey(long generation, String origin, String target, String language, String accept) {

        int weight() {
            return 64 + origin.length() + target.length() + language.length() + (accept == null ? 0 : accept.length());
        }
    }
}
