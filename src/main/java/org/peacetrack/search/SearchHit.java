package org.peacetrack.search;

/**
 * One result. {@code snippet} is HTML-escaped text in which only the matched words are wrapped in
 * {@code <mark>}; it is safe to output as HTML. {@code link} is the page of the record.
 */
public record SearchHit(HitType type, long id, String title, String snippet, String link) {
}
