package org.peacetrack.search;

import java.util.List;
import java.util.Map;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.RegisterService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Turns index rows into hits with a title people recognise and a link to the record's page. */
@Component
class Hits {

    private final RegisterService register;

    Hits(RegisterService register) {
        this.register = register;
    }

    /** The hits of one page; the items that status updates belong to are read in one go. */
    List<SearchHit> of(List<HitRow> rows, Catalogue.Snapshot catalogue) {
        Map<Long, ItemSummary> items = register.itemSummaries(rows.stream()
                .filter(r -> IndexedFields.STATUS_UPDATE.equals(r.reference().name())).map(HitRow::itemId)
                .distinct().toList());
        return rows.stream().map(row -> switch (row.reference().name()) {
            case IndexedFields.ITEM -> item(row, catalogue);
            case IndexedFields.STATUS_UPDATE -> statusUpdate(row, items.get(row.itemId()));
            default -> paragraph(row, catalogue);
        }).toList();
    }

    private SearchHit item(HitRow row, Catalogue.Snapshot catalogue) {
        FrameworkRef framework = catalogue.frameworks().get(row.frameworkId());
        String title = row.title() + (framework == null || row.title().contains(framework.code()) ? ""
                : " (" + framework.code() + ")");
        return new SearchHit(HitType.ITEM, row.id(), title, orEscaped(row.snippet(), row.theme()),
                "/items/" + row.id(), new SearchHit.About(title, null, null, null, null));
    }

    private SearchHit statusUpdate(HitRow row, ItemSummary summary) {
        String item = summary == null ? "a recommendation" : summary.title();
        String title = "Status " + row.year() + " of " + item + (row.status() == null ? "" : ": " + row.status());
        return new SearchHit(HitType.STATUS_UPDATE, row.id(), title, orEscaped(row.snippet(), null),
                "/items/" + row.itemId(), new SearchHit.About(item, row.year(), row.status(), null, null));
    }

    private SearchHit paragraph(HitRow row, Catalogue.Snapshot catalogue) {
        DocumentSummary document = catalogue.documents().get(row.documentId());
        String label = document == null ? "Document " + row.documentId() : document.label();
        boolean numbered = row.paragraphNumber() != null && !row.paragraphNumber().isBlank();
        String title = label + (numbered ? ", paragraph " + row.paragraphNumber() : "")
                + (row.title() == null ? "" : " (" + row.title() + ")");
        String link = "/documents/" + row.documentId() + (numbered ? "#p" + row.paragraphNumber() : "");
        return new SearchHit(HitType.PARAGRAPH, row.id(), title, orEscaped(row.snippet(), null), link,
                new SearchHit.About(label, null, null, numbered ? row.paragraphNumber() : null, row.title()));
    }

    /** The highlighter's snippet is already escaped HTML; anything else is escaped here. */
    private static String orEscaped(String snippet, String fallback) {
        return snippet != null ? snippet : fallback == null ? "" : HtmlUtils.htmlEscape(fallback);
    }
}
