package org.peacetrack.security;

/**
 * The browser's rules for every page (ADR 0045). Scripts only from this site, no inline script; htmx's
 * hx-on and trigger filters are compiled by htmx at run time, hence 'unsafe-eval'. Inline style attributes
 * (a chart legend's colour, htmx's indicator style) are allowed; style cannot run code. Nothing may frame
 * the pages, and forms post only here.
 */
final class ContentPolicy {

    static final String DIRECTIVES = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** HSTS is sent only on requests that came over TLS (directly, or as the trusted proxy says). */
    static final long HSTS_SECONDS = 31_536_000;

    private ContentPolicy() {
    }
}
