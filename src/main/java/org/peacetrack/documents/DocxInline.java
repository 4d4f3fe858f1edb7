package org.peacetrack.documents;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

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
                text.append(emphasis.switchTo(emphasisOf(run)));
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
        String taken = text.append(emphasis.close()).toString();
        text.setLength(0);
        return taken;
    }

    private static String emphasisOf(XWPFRun run) {
        if (run.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT || DocxRunText.isNoteReference(run)) {
            return InlineEmphasis.NONE;
        }
        return InlineEmphasis.marker(run.isBold(), run.isItalic(), run.getUnderline() != UnderlinePatterns.NONE);
    }
}
