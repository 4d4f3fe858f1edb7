package org.peacetrack.documents;

/**
 * The kinds of source document Peacetrack recognises: five of the Special Committee's cycle, each known by
 * what the document says it is, and any other United Nations document. Extraction recognises them; a stored
 * document keeps its kind in {@code document.kind} by these names, which are part of the JSON contract.
 */
public enum DocumentKind {
    SG_ADDENDUM,
    SG_REPORT,
    INITIATIVES_SUMMARY,
    PRIORITIES,
    C34_REPORT,
    UN_DOCUMENT
}
