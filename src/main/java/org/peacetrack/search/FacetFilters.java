package org.peacetrack.search;

import static org.peacetrack.search.IndexedFields.*;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** Values chosen within one facet are alternatives; chosen facets narrow each other. */
final class FacetFilters {

    private FacetFilters() {
    }

    static void add(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all, SearchRequest request,
            Catalogue.Snapshot catalogue) {
        for (FacetName facet : FacetName.values()) {
            List<String> chosen = request.chosen(facet);
            if (chosen.isEmpty()) {
                continue;
            }
            all.filter(switch (facet) {
                case YEAR -> years(f, chosen, catalogue);
                case KIND -> anyOf(f, DOCUMENT_ID, chosen.stream()
                        .flatMap(k -> catalogue.documentsOfKind(k).stream()).collect(Collectors.toSet()));
                case THEME -> anyOf(f, THEME, chosen);
                case STATUS -> anyOf(f, STATUS, chosen);
                case ADDRESSEE -> anyOf(f, ADDRESSEE, chosen);
                case MISSION -> anyOf(f, MISSION, chosen);
                case ENTITY -> anyOf(f, ENTITY, chosen);
            });
        }
    }

    /** A year is the status's reporting year, the item's session, or the session its document belongs to. */
    private static SearchPredicate years(SearchPredicateFactory f, List<String> chosen, Catalogue.Snapshot catalogue) {
        Set<Integer> years = chosen.stream().filter(y -> y.matches("\\d{4}")).map(Integer::valueOf)
                .collect(Collectors.toSet());
        if (years.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        Set<Long> frameworks = years.stream().flatMap(y -> catalogue.frameworksOfYear(y).stream())
                .collect(Collectors.toSet());
        Set<Long> documents = years.stream().flatMap(y -> catalogue.documentsOfYear(y).stream())
                .collect(Collectors.toSet());
        var any = f.bool().should(f.terms().field(YEAR).matchingAny(years, ValueModel.INDEX));
        if (!frameworks.isEmpty()) {
            any.should(f.terms().field(FRAMEWORK_ID).matchingAny(frameworks, ValueModel.INDEX));
        }
        if (!documents.isEmpty()) {
            any.should(f.terms().field(DOCUMENT_ID).matchingAny(documents, ValueModel.INDEX));
        }
        return any.toPredicate();
    }

    private static SearchPredicate anyOf(SearchPredicateFactory f, String field, Collection<?> values) {
        return values.isEmpty() ? f.matchNone().toPredicate()
                : f.terms().field(field).matchingAny(values, ValueModel.INDEX).toPredicate();
    }
}
