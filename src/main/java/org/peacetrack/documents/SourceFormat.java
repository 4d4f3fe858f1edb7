package org.peacetrack.documents;

/** The file formats Peacetrack reads. */
public enum SourceFormat {
    TEXT,
    MARKDOWN,
    DOCX,
    PDF,
    HTML
}
