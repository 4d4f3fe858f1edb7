package org.peacetrack.documents.docx;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.peacetrack.documents.format.InlineEmphasis;

/** Collects a paragraph's runs as inline text: emphasis as Markdown markers, superscript runs as {@code <sup>}. */
final class DocxInline {

    private final DocxNotes notes;
    private final StringBuilder text = new StringBuilder();
    private final InlineEmphasis emphasis = new InlineEmphasis();

    DocxInline(DocxNotes notes, String start) {
        this.notes = notes;
        text.append(start);
    }

    void add(IRunElement element) {
        if (element instanceof XWPFRun run) {
            String runText = DocxRunText.of(run, notes);
            if (!runText.isBlank()) {
                String lead = runText.substring(0, runText.length() - runText.stripLeading().length());
                switchEmphasis(emphasisOf(run));
                text.append(lead);
                runText = runText.substring(lead.length());
            }
            boolean superscript = run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT
                    && !DocxRunText.isNoteReference(run) && !runText.isBlank();
            text.append(superscript ? "<sup>" + runText.strip() + "</sup>" : runText);
        } else if (element instanceof XWPFSDT sdt) {
            text.append(sdt.getContent().getText());
        }
    }

    /** The text so far, emphasis closed; the collector starts empty again. */
    String take() {
        switchEmphasis(InlineEmphasis.NONE);
        String taken = text.toString();
        text.setLength(0);
        return taken;
    }

    /**
     * Markers go next to the words: Word often makes the space after a bold lead part of the bold run, and
     * Markdown does not close emphasis after a space ("**Lead: **Text" would not read as emphasis).
     */
    private void switchEmphasis(String marker) {
        if (marker.equals(emphasis.open())) {
            return;
        }
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.insert(end, emphasis.close());
        text.append(emphasis.switchTo(marker));
    }

    private static String emphasisOf(XWPFRun run) {
        if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT || DocxRunText.isNoteReference(run)) {
            return InlineEmphasis.NONE;
        }
        return InlineEmphasis.marker(run.isBold(), run.isItalic(), run.getUnderline() != UnderlinePatterns.NONE);
    }
}
