package org.peacetrack.performance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.extraction.figures.FigureDisagreement;
import org.peacetrack.extraction.figures.FigureFinder;
import org.peacetrack.extraction.figures.StatedFigure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance facade for stated figures: stores them with provenance and compares documents. */
@Service
@Transactional(readOnly = true)
public class FigureService {

    private final StatedFigureRepository figures;
    private final DocumentService documents;
    private final FigureFinder finder;

    FigureService(StatedFigureRepository figures, DocumentService documents, FigureFinder finder) {
        this.figures = figures;
        this.documents = documents;
        this.finder = finder;
    }

    @Transactional
    public int record(long documentId, List<FigureToStore> found) {
        figures.saveAll(found.stream()
                .map(f -> new StatedFigureEntity(documentId, f.paragraphId(), f.figure())).toList());
        return found.size();
    }

    /** Every measure stated by at least {@code minDocuments} documents, disagreeing ones first. */
    public List<MeasureComparison> compare(int minDocuments) {
        return comparisons(figures.findAllByOrderByMeasureAscYearAscIdAsc()).stream()
                .filter(c -> c.documentCount() >= minDocuments)
                .sorted((a, b) -> Boolean.compare(b.disagrees(), a.disagrees()))
                .toList();
    }

    public List<MeasureComparison> measure(String measure) {
        return comparisons(figures.findByMeasureOrderByYearAscIdAsc(measure));
    }

    private List<MeasureComparison> comparisons(List<StatedFigureEntity> rows) {
        Map<Long, DocumentSummary> docs = documents.list().stream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        Map<Long, ParagraphView> paragraphs = documents.paragraphs(
                rows.stream().map(r -> r.paragraphId).filter(Objects::nonNull).distinct().toList());
        Map<String, List<SourcedFigure>> byMeasure = new LinkedHashMap<>();
        for (StatedFigureEntity r : rows) {
            ParagraphView p = r.paragraphId == null ? null : paragraphs.get(r.paragraphId);
            SourcedFigure sourced = new SourcedFigure(r.figure(p == null ? null : p.number()), r.documentId,
                    docs.get(r.documentId).label(), r.paragraphId);
            byMeasure.computeIfAbsent(r.measure, k -> new ArrayList<>()).add(sourced);
        }
        return byMeasure.entrySet().stream().map(e -> comparison(e.getKey(), e.getValue())).toList();
    }

    private MeasureComparison comparison(String measure, List<SourcedFigure> sourced) {
        List<StatedFigure> stated = sourced.stream().map(SourcedFigure::figure).toList();
        Set<Integer> years = finder.disagreements(stated).stream().map(FigureDisagreement::year)
                .collect(Collectors.toCollection(TreeSet::new));
        StatedFigure first = stated.get(0);
        return new MeasureComparison(measure, first.subject(), first.unit(), sourced, years);
    }
}
