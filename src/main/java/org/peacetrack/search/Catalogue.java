package org.peacetrack.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.RegisterService;
import org.springframework.stereotype.Component;

/**
 * The frameworks and documents, read from their capabilities: the index keeps only their ids, so a session
 * year or document kind is resolved here rather than copied into every indexed record. They are kept between
 * searches and read again only when their stamps say that one was added or removed (two cheap queries,
 * against reading thousands of rows for every search); neither is edited once stored.
 */
@Component
class Catalogue {

    private record Kept(long frameworksStamp, long documentsStamp, Snapshot snapshot) {
    }

    private final RegisterService register;
    private final DocumentService documents;
    private volatile Kept kept;

    Catalogue(RegisterService register, DocumentService documents) {
        this.register = register;
        this.documents = documents;
    }

    Snapshot snapshot() {
        long frameworksStamp = register.frameworksStamp();
        long documentsStamp = documents.stamp();
        Kept now = kept;
        if (now == null || now.frameworksStamp() != frameworksStamp || now.documentsStamp() != documentsStamp) {
            now = new Kept(frameworksStamp, documentsStamp, new Snapshot(
                    register.frameworkRefs().stream().collect(Collectors.toMap(FrameworkRef::id, Function.identity())),
                    documents.list().stream().collect(Collectors.toMap(DocumentSummary::id, Function.identity()))));
            kept = now;
        }
        return now.snapshot();
    }

    record Snapshot(Map<Long, FrameworkRef> frameworks, Map<Long, DocumentSummary> documents) {

        private static final String C34_SYMBOL = "A/\\d{2,3}/19";

        Set<Long> frameworksOfYear(int year) {
            return frameworks.values().stream().filter(f -> Objects.equals(f.sessionYear(), year))
                    .map(FrameworkRef::id).collect(Collectors.toSet());
        }

        Set<Long> documentsOfYear(int year) {
            return documents.values().stream().filter(d -> Objects.equals(yearOf(d), year))
                    .map(DocumentSummary::id).collect(Collectors.toSet());
        }

        Set<Long> documentsOfKind(String kind) {
            return documents.values().stream().filter(d -> kind.equals(d.kind().name()))
                    .map(DocumentSummary::id).collect(Collectors.toSet());
        }

        /**
         * Documents whose every paragraph was made into a record, and is found as that record rather than a
         * second time as a paragraph (docs/decisions/0011): a Secretary-General's addendum, whose entries are
         * status updates, and a Special Committee report, whose paragraphs are its session's recommendations.
         */
        Set<Long> documentsMadeIntoRecords() {
            return documents.values().stream().filter(Snapshot::madeIntoRecords).map(DocumentSummary::id)
                    .collect(Collectors.toSet());
        }

        static boolean madeIntoRecords(DocumentSummary d) {
            return d.kind() == DocumentKind.SG_ADDENDUM
                    || d.kind() == DocumentKind.C34_REPORT && d.symbol() != null && d.symbol().matches(C34_SYMBOL);
        }

        /** Every session year a framework or a document belongs to, oldest first. */
        List<Integer> sessionYears() {
            return Stream.concat(frameworks.values().stream().map(FrameworkRef::sessionYear),
                    documents.values().stream().map(Snapshot::yearOf)).filter(Objects::nonNull).distinct().sorted()
                    .toList();
        }

        FrameworkRef framework(String code) {
            return frameworks.values().stream().filter(f -> f.code().equalsIgnoreCase(code)).findFirst().orElse(null);
        }

        FrameworkRef newestFramework() {
            return frameworks.values().stream().filter(f -> f.sessionYear() != null)
                    .max(Comparator.comparing(FrameworkRef::sessionYear)).orElse(null);
        }

        /** The Special Committee session a document belongs to: its own, the one it answers, else its year. */
        static Integer yearOf(DocumentSummary d) {
            for (String symbol : new String[] {d.symbol(), d.respondsTo()}) {
                if (symbol != null && symbol.matches(C34_SYMBOL)) {
                    return C34Sessions.yearOf(symbol);
                }
            }
            return d.issuedOn() == null ? null : d.issuedOn().getYear();
        }
    }
}
