package org.peacetrack.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.DocumentView;
import org.peacetrack.documents.NewDocument;
import org.peacetrack.documents.NewParagraph;
import org.peacetrack.documents.OriginalFile;
import org.peacetrack.documents.ParagraphView;
import org.springframework.stereotype.Service;

/**
 * Reads a document again from its kept original with the current readers and says what would change: the
 * point of keeping originals (ADR 0053). It stores nothing; the records made from the paragraphs stay as they are.
 */
@Service
public class RereadService {

    private final ImportPreview preview;
    private final DocumentService documents;

    RereadService(ImportPreview preview, DocumentService documents) {
        this.preview = preview;
        this.documents = documents;
    }

    /** Refused with a sentence when the document is unknown or its original was never kept. */
    public RereadReport reread(long documentId) {
        DocumentView stored = documents.get(documentId)
                .orElseThrow(() -> new IllegalArgumentException("There is no document " + documentId));
        DocumentSummary before = stored.document();
        OriginalFile original = documents.original(documentId).orElseThrow(() -> new IllegalArgumentException(
                "Document " + documentId + " (" + before.label() + ") has no original kept: it was imported before"
                        + " Peacetrack kept originals. Import the same file again (nothing else changes), then re-read it"));
        ImportPreview.Preview found = preview.preview(original.fileName(), original.content(), before.kind());
        NewDocument after = Records.document(original.fileName(), original.fileHash(), original.content().length, found);
        Map<Integer, ParagraphView> old = new HashMap<>();
        stored.paragraphs().forEach(p -> old.put(p.seq(), p));
        Map<Integer, NewParagraph> fresh = new HashMap<>();
        after.paragraphs().forEach(p -> fresh.put(p.seq(), p));
        TreeSet<Integer> positions = new TreeSet<>(old.keySet());
        positions.addAll(fresh.keySet());
        List<String> changes = new ArrayList<>();
        int changed = 0;
        for (int seq : positions) {
            String change = change(old.get(seq), fresh.get(seq));
            if (change != null) {
                changed++;
                if (changes.size() < RereadReport.MAX_LINES) {
                    changes.add(change);
                }
            }
        }
        return new RereadReport(documentId, before.label(), before.symbol(), after.symbol(), before.title(), after.title(),
                stored.paragraphs().size(), after.paragraphs().size(), changed, changes, found.extraction().warnings());
    }

    private static String change(ParagraphView was, NewParagraph now) {
        if (was == null) {
            return "paragraph " + name(now.seq(), now.number()) + ": new";
        }
        if (now == null) {
            return "paragraph " + name(was.seq(), was.number()) + ": no longer read";
        }
        List<String> what = new ArrayList<>();
        if (!Objects.equals(was.number(), now.number())) {
            what.add("number " + was.number() + " -> " + now.number());
        }
        if (!Objects.equals(was.sectionTitle(), now.sectionTitle())) {
            what.add("section");
        }
        if (!Objects.equals(was.footnotes(), now.footnotes())) {
            what.add("footnotes");
        }
        if (!Objects.equals(was.text(), now.text())) {
            what.add("text (" + was.text().length() + " -> " + now.text().length() + " characters)");
        }
        return what.isEmpty() ? null : "paragraph " + name(was.seq(), was.number()) + ": " + String.join(", ", what);
    }

    private static String name(int seq, String number) {
        return number == null ? "at position " + seq : number + " (position " + seq + ")";
    }
}
