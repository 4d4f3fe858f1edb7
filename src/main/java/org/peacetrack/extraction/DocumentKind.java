package org.peacetrack.extraction;

/**
 * The kinds of source document Peacetrack recognises: five of the Special Committee's cycle, each known by
 * what the document says it is, and any other United Nations document. Names are part of the JSON contract.
 */
public enum DocumentKind {
    SG_ADDENDUM,
    SG_REPORT,
    INITIATIVES_SUMMARY,
    PRIORITIES,
    C34_REPORT,
    UN_DOCUMENT
}
