package org.peacetrack.search;

import static org.peacetrack.search.IndexedFields.*;

import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;

/**
 * A search without words lists everything in a fixed order: newest session first, then by number (an item
 * with its statuses), then in order of creation (a document's paragraphs in their order). The session is
 * the one the year facet counts a record in, read from the catalogue: each session year is a clause of
 * constant score, higher for newer ones, so that the score orders by session without a session field in
 * the index; records of no session come last.
 */
final class NewestSessionFirst {

    private static final float NO_SESSION = 0.5f;

    private NewestSessionFirst() {
    }

    static SearchPredicate everything(SearchPredicateFactory f, Catalogue.Snapshot catalogue) {
        var any = f.bool().should(f.matchAll().boost(NO_SESSION));
        List<Integer> years = catalogue.sessionYears();
        for (int rank = 1; rank <= years.size(); rank++) {
            int year = years.get(rank - 1);
            var inSession = f.bool().should(f.match().field(YEAR).matching(year, ValueModel.INDEX));
            add(f, inSession, FRAMEWORK_ID, catalogue.frameworksOfYear(year));
            add(f, inSession, DOCUMENT_ID, catalogue.documentsOfYear(year));
            any.should(inSession.constantScore().boost(rank));
        }
        return any.toPredicate();
    }

    private static void add(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> inSession, String field,
            Set<Long> ids) {
        if (!ids.isEmpty()) {
            inSession.should(f.terms().field(field).matchingAny(ids, ValueModel.INDEX));
        }
    }

    static SearchSort order(SearchSortFactory f) {
        return f.composite().add(f.score()).add(f.field(NUMBER).asc().missing().last())
                .add(f.field(RECORD_ID).asc()).toSort();
    }
}
