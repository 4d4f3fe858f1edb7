package org.peacetrack.search;

/**
 * One result. {@code snippet} is HTML-escaped text in which only the matched words are wrapped in
 * {@code <mark>}; it is safe to output as HTML. {@code link} is the page of the record. {@code title} names
 * the record in English (the API's and the downloads' title); {@code about} gives its parts for a page to
 * word in its reader's language.
 */
public record SearchHit(HitType type, long id, String title, String snippet, String link, About about) {

    /**
     * What a title is made of: the record's own title (an item's), or what it belongs to (a status's item,
     * a paragraph's document); a status's year and status; a paragraph's number and section. Absent parts
     * are null.
     */
    public record About(String subject, Integer year, String status, String paragraphNumber, String section) {
    }
}
