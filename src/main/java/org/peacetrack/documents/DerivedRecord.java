package org.peacetrack.documents;

/** A record another capability made from a paragraph, as the document page links to it. */
public record DerivedRecord(String label, String href) {
}
