package org.peacetrack.documents;

import java.util.List;

/**
 * A document's content as the recognisers read it: Markdown-ish text whose blocks (paragraphs, headings,
 * table cells) are separated by blank lines, with a line of {@code ---} where a page ends. Warnings say
 * what the reader had to drop; {@code repairs} each change it made to the source's characters, with the
 * original kept.
 */
public record SourceText(SourceFormat format, String text, List<String> warnings, List<TextRepair> repairs) {

    public SourceText {
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }

    public SourceText(SourceFormat format, String text, List<String> warnings) {
        this(format, text, warnings, List.of());
    }
}
