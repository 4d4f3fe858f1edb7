package org.peacetrack.ingestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.peacetrack.documents.NewDocument;
import org.peacetrack.documents.NewParagraph;
import org.peacetrack.documents.StoredDocument;
import org.peacetrack.extraction.AddendumEntry;
import org.peacetrack.extraction.DocumentFacts;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.EntryStatus;
import org.peacetrack.extraction.ExtractedParagraph;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.NumberedText;
import org.peacetrack.extraction.figures.FigureFinder;
import org.peacetrack.extraction.figures.StatedFigure;
import org.peacetrack.performance.FigureToStore;
import org.peacetrack.register.C34Recommendation;
import org.peacetrack.register.C34Report;
import org.peacetrack.register.EarlierRecommendation;
import org.peacetrack.register.EntryStatusRecord;
import org.peacetrack.register.OfficialStatuses;
import org.peacetrack.register.Status;

/** Maps what extraction found to what the documents and tracking modules store. */
final class Records {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final String C34_SYMBOL = "A/\\d{2,3}/19";

    private Records() {
    }

    static NewDocument document(String fileName, String hash, long size, ImportPreview.Preview found) {
        DocumentFacts facts = found.extraction().document();
        return new NewDocument(facts.symbol(), facts.title(), facts.kind(), facts.date(), facts.session(),
                facts.respondsTo(), facts.language(), fileName, hash, found.source().format(), size,
                paragraphs(found.extraction()), facts.distribution(), facts.agendaItem(), facts.year(),
                found.source().repairs());
    }

    private static List<NewParagraph> paragraphs(Extraction extraction) {
        List<NewParagraph> rows = new ArrayList<>();
        for (AddendumEntry e : extraction.entries()) {
            rows.add(new NewParagraph(rows.size(), String.valueOf(e.paragraph()), e.sectionNumber(), e.section(),
                    e.footnotes(), e.text()));
        }
        boolean restarts = numberingRestarts(extraction.paragraphs());
        for (ExtractedParagraph p : extraction.paragraphs()) {
            String heading = p.title() != null ? p.title() : p.heading();
            String section = String.join(".", p.sectionPath());
            String number = p.label() != null ? p.label()
                    : restarts && !section.isEmpty() ? section + "." + p.number() : String.valueOf(p.number());
            rows.add(new NewParagraph(rows.size(), number, section, heading, List.of(), p.text()));
        }
        return rows;
    }

    /**
     * Where the numbering restarts in every section (the initiatives summary), a paragraph is cited and
     * anchored by its section and number ("I.A.1"), so that no two paragraphs share an anchor.
     */
    private static boolean numberingRestarts(List<ExtractedParagraph> paragraphs) {
        Set<Integer> seen = new HashSet<>();
        return !paragraphs.stream().allMatch(p -> seen.add(p.number()));
    }

    /**
     * Figures read paragraph by paragraph, so each keeps the id of the paragraph it came from; then from
     * the prose no recogniser kept as a paragraph (a preamble, say), with the document as their source.
     */
    static List<FigureToStore> figures(FigureFinder finder, NewDocument document, StoredDocument stored,
            String sourceText) {
        List<FigureToStore> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NewParagraph p : document.paragraphs()) {
            Long id = stored.paragraphIdsBySeq().get(p.seq());
            finder.find(List.of(new NumberedText(p.number(), p.text()))).stream()
                    .filter(f -> seen.add(key(f)))
                    .forEach(f -> found.add(new FigureToStore(f, id)));
        }
        List<NumberedText> blocks = Arrays.stream(BLANK_LINES.split(sourceText)).map(b -> new NumberedText(null, b)).toList();
        finder.find(blocks).stream().filter(f -> seen.add(key(f))).forEach(f -> found.add(new FigureToStore(f, null)));
        return found;
    }

    private static String key(StatedFigure f) {
        return f.measure() + '|' + f.year() + '|' + f.value();
    }

    /** Entries are stored first, in order, so entry i is paragraph seq i. */
    static OfficialStatuses officialStatuses(Extraction extraction, StoredDocument stored) {
        List<EntryStatusRecord> entries = new ArrayList<>();
        for (AddendumEntry e : extraction.entries()) {
            long paragraphId = stored.paragraphIdsBySeq().get(entries.size());
            entries.add(new EntryStatusRecord(e.paragraph(), paragraphId, e.section(), status(e.status()),
                    e.statusPhrase(), e.statusConfidence(), e.text(),
                    e.priorReferences().stream().map(r -> new EarlierRecommendation(r.number(), r.year())).toList(),
                    e.mentions().missions(), e.mentions().entities()));
        }
        return new OfficialStatuses(extraction.document().respondsTo(), entries);
    }

    private static Status status(EntryStatus status) {
        return switch (status) {
            case ONGOING -> Status.ONGOING;
            case IMPLEMENTED -> Status.IMPLEMENTED;
            case SEE_PRIOR -> Status.SEE_PRIOR;
            case NOTED -> Status.NOTED;
            case BRIEFING_PENDING -> Status.BRIEFING_PENDING;
            case ADDRESSED_TO_MEMBER_STATES -> Status.ADDRESSED_TO_MEMBER_STATES;
            case NO_UPDATE_REQUESTED -> Status.NO_UPDATE_REQUESTED;
            case NARRATIVE -> Status.NARRATIVE;
        };
    }

    /** A Special Committee report whose symbol is known, so that its session is too. */
    static boolean isC34Report(Extraction extraction) {
        DocumentFacts facts = extraction.document();
        return facts.kind() == DocumentKind.C34_REPORT && facts.symbol() != null && facts.symbol().matches(C34_SYMBOL);
    }

    /** A report has no entries, so paragraph i is seq i; its theme is the lettered section, not a sub-heading. */
    static C34Report c34Report(Extraction extraction, StoredDocument stored) {
        List<C34Recommendation> recommendations = new ArrayList<>();
        for (ExtractedParagraph p : extraction.paragraphs()) {
            long paragraphId = stored.paragraphIdsBySeq().get(recommendations.size());
            String theme = p.subsectionHeading() != null ? p.subsectionHeading() : p.heading();
            recommendations.add(new C34Recommendation(p.number(), paragraphId, theme, p.text(), p.operativeVerb(),
                    p.addressee()));
        }
        return new C34Report(extraction.document().symbol(), recommendations);
    }
}
