package org.peacetrack.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.ingestion.ImportReport;

/** Human-readable one-screen summaries of an extraction and an import report. */
final class Summaries {

    private Summaries() {
    }

    static String of(String fileName, Extraction found) {
        StringBuilder s = new StringBuilder();
        s.append(fileName).append(": ").append(found.document().kind()).append(" \"").append(found.document().title())
                .append("\"\n");
        if (!found.entries().isEmpty()) {
            Map<String, Long> statuses = new TreeMap<>(found.entries().stream()
                    .collect(Collectors.groupingBy(e -> e.status().name(), Collectors.counting())));
            s.append("  ").append(found.entries().size()).append(" entries, paragraphs ")
                    .append(found.entries().get(0).paragraph()).append('-')
                    .append(found.entries().get(found.entries().size() - 1).paragraph())
                    .append("; statuses ").append(statuses).append('\n');
            long refs = found.entries().stream().mapToLong(e -> e.priorReferences().size()).sum();
            s.append("  ").append(refs).append(" references to earlier recommendations\n");
        }
        if (!found.paragraphs().isEmpty()) {
            s.append("  ").append(found.paragraphs().size()).append(" paragraphs\n");
        }
        found.warnings().forEach(w -> s.append("  warning: ").append(w).append('\n'));
        return s.toString().stripTrailing();
    }

    static String of(ImportReport r) {
        StringBuilder s = new StringBuilder();
        s.append(r.fileName()).append(": ").append(r.outcome()).append(" document ").append(r.documentId());
        s.append(" (").append(r.kind()).append(")\n");
        s.append("  created: ").append(r.paragraphsCreated()).append(" paragraphs, ").append(r.itemsCreated())
                .append(" items, ").append(r.statusUpdatesCreated()).append(" status updates, ")
                .append(r.placeholdersCreated()).append(" placeholder items, ").append(r.linksCreated())
                .append(" links, ").append(r.figuresCreated()).append(" figures\n");
        r.skipped().forEach(x -> s.append("  skipped: ").append(x).append('\n'));
        r.warnings().forEach(w -> s.append("  warning: ").append(w).append('\n'));
        r.repairs().forEach(x -> s.append("  repaired: ").append(x.original().replace("\n", "⏎")).append(" -> ")
                .append(x.repaired()).append(" (").append(x.proof()).append(")\n"));
        return s.toString().stripTrailing();
    }
}
