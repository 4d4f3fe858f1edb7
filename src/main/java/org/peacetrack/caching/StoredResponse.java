package org.peacetrack.caching;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * A 200 answer kept for anonymous readers: its body and the headers that describe it (type, language, Vary,
 * disposition, links). Headers that the security chain writes on every response, or that describe one exchange
 * (cookies, length, date), are not kept: the chain writes them again when the answer is served.
 */
record StoredResponse(String contentType, Locale language, List<Map.Entry<String, String>> headers, byte[] body,
        Duration lifetime) {

    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-type", "content-length",
            "transfer-encoding", "date", "connection", "keep-alive", "cache-control", "pragma", "expires",
            "strict-transport-security", "content-security-policy", "x-content-type-options", "x-frame-options",
            "x-xss-protection", "referrer-policy", "etag", "content-language");
    /** The names under which a page carries Spring Security's token (a hidden input, a meta element, a header). */
    private static final List<String> TOKEN_MARKS = List.of("_csrf", "x-csrf-token", "X-CSRF-TOKEN");

    /** Why an answer is not kept, or empty if it may be. */
    static Optional<String> refusal(CapturedResponse response, boolean sessionCreated, long maxBytes) {
        if (response.getStatus() != HttpServletResponse.SC_OK) {
            return Optional.of("status");
        }
        if (sessionCreated || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
            return Optional.of("cookie");
        }
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
            return Optional.of("private");
        }
        if (response.getContentSize() > maxBytes) {
            return Optional.of("size");
        }
        // one byte a character, so that String.indexOf (vectorised) compares the body's bytes with the marks'
        String body = new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        if (TOKEN_MARKS.stream().anyMatch(body::contains)) {
            return Optional.of("csrf");
        }
        return Optional.empty();
    }

    static StoredResponse of(CapturedResponse response, Duration lifetime) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return new StoredResponse(response.getContentType(), response.language(), List.copyOf(headers),
                response.getContentAsByteArray(), lifetime);
    }

    /** Writes this answer (to a HEAD request too: the container sends its headers and length, not its body). */
    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (language != null) {
            response.setLocale(language);
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        for (Map.Entry<String, String> header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    int weight() {
        int weight = 256 + body.length + (contentType == null ? 0 : contentType.length());
        for (Map.Entry<String, String> header : headers) {
            weight += 32 + header.getKey().length() + header.getValue().length();
        }
        return weight;
    }
}
