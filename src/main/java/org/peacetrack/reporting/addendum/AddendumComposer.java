package org.peacetrack.reporting.addendum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.reporting.GenerationReport;
import org.peacetrack.reporting.UnknownSessionException;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.ReportedStatus;
import org.springframework.stereotype.Component;

/**
 * Composes an addendum from the records: each recommendation of the session with the public status reported
 * on it for the year (a gap, named in the report, where there is none), grouped by theme in the report's
 * order (a theme's place is that of its first recommendation), with the footnote marks its source paragraph
 * carried and the standard sentences of the templates.
 */
@Component
public class AddendumComposer {

    private final RegisterService register;
    private final DocumentService documents;
    private final AddendumWording wording;
    private final Clock clock;

    AddendumComposer(RegisterService register, DocumentService documents, AddendumWording wording,
            Optional<Clock> clock) {
        this.register = register;
        this.documents = documents;
        this.wording = wording;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Composed compose(AddendumRequest request) {
        List<ReportedStatus> statuses = register.reportedStatuses(request.session(), request.year())
                .orElseThrow(() -> new UnknownSessionException(request.session()));
        List<String> warnings = new ArrayList<>();
        Map<Long, ParagraphView> sources = documents.paragraphs(statuses.stream()
                .map(ReportedStatus::sourceParagraphId).filter(Objects::nonNull).toList());
        Map<String, List<AddendumRow>> byTheme = new LinkedHashMap<>();
        Set<String> marks = new LinkedHashSet<>();
        List<Integer> gaps = new ArrayList<>();
        for (ReportedStatus status : statuses) {
            AddendumRow row = row(status, sources, request.year(), warnings);
            if (row.gap()) {
                gaps.add(row.number());
            }
            marks.addAll(row.marks());
            String theme = status.item().theme() == null ? wording.noTheme() : status.item().theme();
            byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(row);
        }
        List<AddendumSection> sections = new ArrayList<>();
        byTheme.forEach((theme, rows) -> sections.add(new AddendumSection(RomanNumerals.of(sections.size() + 1),
                theme, rows)));
        List<AddendumFootnote> footnotes = marks.stream().map(wording::footnote).toList();
        footnotes.stream().filter(AddendumFootnote::missing).forEach(f -> warnings.add("Footnote " + f.mark()
                + " has no text in the templates (reporting.addendum.footnote." + f.mark() + "): its place is marked"));
        MastheadFacts facts = MastheadFacts.of(request, documents.list(), LocalDate.now(clock), warnings);
        AddendumHead head = wording.head(facts, request);
        GenerationReport report = new GenerationReport(request.session(), request.year(), facts.symbol(),
                statuses.size(), statuses.size() - gaps.size(), gaps, warnings);
        return new Composed(new Addendum(head, sections, footnotes), report);
    }

    private AddendumRow row(ReportedStatus status, Map<Long, ParagraphView> sources, int year, List<String> warnings) {
        int number = status.item().number();
        if (status.missing()) {
            warnings.add("Recommendation " + number + " of " + status.item().frameworkCode()
                    + " has no published status for " + year + ": listed with a gap");
            return new AddendumRow(number, List.of(), List.of(wording.gap(year)), true);
        }
        ParagraphView source = status.sourceParagraphId() == null ? null : sources.get(status.sourceParagraphId());
        List<String> marks = source == null ? List.of() : source.footnotes();
        return new AddendumRow(number, marks, wording.statusText(status, warnings), false);
    }
}
