package org.peacetrack.benchmarks.corpus;

import java.util.Map;
import org.postgresql.copy.CopyManager;

/**
 * What the Special Committee sessions' items come from: per session a report (a paragraph per
 * recommendation, its text) and the Secretary-General's addendum (a paragraph per status, citing the
 * earlier recommendation where a chain says so). Ids are formulas: report paragraph of session s, slot p is
 * s * 200 + p + 1, its addendum paragraph that plus 7,200; the report is document s + 1, the addendum s + 37.
 */
final class SourceRows {

    static final int SESSIONS = 36;
    static final int C34_ITEMS = SESSIONS * CorpusGenerator.ITEMS_PER_FRAMEWORK;

    private SourceRows() {
    }

    static long reportParagraph(int itemId) {
        return itemId;
    }

    static long addendumParagraph(int itemId) {
        return C34_ITEMS + itemId;
    }

    static void write(CopyManager copy, Map<Integer, String> c34Texts, Map<Integer, String> citations) {
        String imported = "2025-10-25T00:00:00Z";
        try (CopyWriter documents = new CopyWriter(copy, "document", "id,symbol,title,kind,issued_on,session_number,"
                + "responds_to,language,file_name,file_hash,source_format,size_bytes,imported_at")) {
            for (int s = 0; s < SESSIONS; s++) {
                int year = 1990 + s;
                String symbol = "A/" + (year - 1946) + "/19";
                documents.row(s + 1, symbol, "Report of the Special Committee on Peacekeeping Operations " + year,
                        "C34_REPORT", year + "-03-31", year - 1946, null, "en", "A_" + (year - 1946) + "_19.txt",
                        String.format("%064x", s + 1), "TEXT", 120_000, imported);
                documents.row(s + 37, "A/" + (year - 1945) + "/573/Add.1", "Implementation of the recommendations of the"
                        + " Special Committee " + year, "SG_ADDENDUM", year + "-10-25", year - 1945, symbol, "en",
                        "addendum-" + year + ".txt", String.format("%064x", s + 37), "TEXT", 90_000, imported);
            }
        }
        try (CopyWriter paragraphs = new CopyWriter(copy, "paragraph",
                "id,document_id,seq,para_number,section_title,body")) {
            for (int id = 1; id <= C34_ITEMS; id++) {
                int s = (id - 1) / CorpusGenerator.ITEMS_PER_FRAMEWORK;
                int slot = (id - 1) % CorpusGenerator.ITEMS_PER_FRAMEWORK;
                paragraphs.row(reportParagraph(id), s + 1, slot + 1, String.valueOf(10 + slot), null, c34Texts.get(id));
                paragraphs.row(addendumParagraph(id), s + 37, slot + 1, String.valueOf(10 + slot), null,
                        "Implementation is ongoing." + citations.getOrDefault(id, ""));
            }
        }
    }
}
