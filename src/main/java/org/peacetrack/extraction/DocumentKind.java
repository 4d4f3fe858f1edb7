package org.peacetrack.extraction;

/** The kinds of source document Peacetrack recognises. Names are part of the JSON contract. */
public enum DocumentKind {
    SG_ADDENDUM,
    SG_REPORT,
    INITIATIVES_SUMMARY,
    PRIORITIES,
    C34_REPORT
}
