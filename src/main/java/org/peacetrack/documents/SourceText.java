package org.peacetrack.documents;

import java.util.List;

/**
 * A document's content as the recognisers read it: Markdown-ish text whose blocks (paragraphs, headings,
 * table cells) are separated by blank lines, with a line of {@code ---} where a page ends. Warnings say
 * what the reader had to repair or drop.
 */
public record SourceText(SourceFormat format, String text, List<String> warnings) {

    public SourceText {
        warnings = List.copyOf(warnings);
    }
}
