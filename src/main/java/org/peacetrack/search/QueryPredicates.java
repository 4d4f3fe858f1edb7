package org.peacetrack.search;

import static org.peacetrack.search.IndexedFields.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.WorkflowState;

/**
 * What a search matches: its words or the recommendation it names (or, without words, everything in the
 * order of {@link NewestSessionFirst}), only published statuses, each text once, its facets.
 */
final class QueryPredicates {

    private static final float TITLE_BOOST = 2f;
    private static final float NAMED_ITEM_BOOST = 100f;
    private static final float NEWEST_SESSION_BOOST = 10f;
    private static final List<String> UNPUBLISHED = Stream.of(WorkflowState.values())
            .filter(state -> state != WorkflowState.PUBLISHED).map(Enum::name).toList();

    private QueryPredicates() {
    }

    static SearchPredicate of(SearchPredicateFactory f, SearchRequest request, Catalogue.Snapshot catalogue) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().must(matching(f, request.query(), catalogue))
                .mustNot(unpublished(f));
        Set<Long> foundAsRecords = catalogue.documentsMadeIntoRecords();
        if (!foundAsRecords.isEmpty()) {
            all.mustNot(f.terms().field(DOCUMENT_ID).matchingAny(foundAsRecords, ValueModel.INDEX));
        }
        FacetFilters.add(f, all, request, catalogue);
        return all.toPredicate();
    }

    private static SearchPredicate matching(SearchPredicateFactory f, String query, Catalogue.Snapshot catalogue) {
        if (query.isEmpty()) {
            return NewestSessionFirst.everything(f, catalogue);
        }
        var words = f.simpleQueryString().field(TITLE).boost(TITLE_BOOST).fields(TEXT, PHRASE, THEME_TEXT)
                .matching(query).defaultOperator(BooleanOperator.AND)
                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                        SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE)
                .toPredicate();
        return NumberLookup.in(query).map(named -> f.bool().should(words).should(namedItem(f, named, catalogue))
                .toPredicate()).orElse(words);
    }

    /** The item a query names by number ranks first: in the named session, or else the newest one. */
    private static SearchPredicate namedItem(SearchPredicateFactory f, NumberLookup.ItemNumber named,
            Catalogue.Snapshot catalogue) {
        var number = f.match().field(NUMBER).matching(named.number(), ValueModel.INDEX);
        if (named.frameworkCode() != null) {
            FrameworkRef framework = catalogue.framework(named.frameworkCode());
            return framework == null ? f.matchNone().toPredicate()
                    : f.bool().must(number).must(f.match().field(FRAMEWORK_ID).matching(framework.id(), ValueModel.INDEX))
                            .boost(NAMED_ITEM_BOOST).toPredicate();
        }
        FrameworkRef newest = catalogue.newestFramework();
        // statuses carry their item's number too; only items (which have a framework) are named
        var anySession = f.bool().must(number).filter(f.exists().field(FRAMEWORK_ID)).boost(NAMED_ITEM_BOOST);
        if (newest != null) {
            anySession.should(f.match().field(FRAMEWORK_ID).matching(newest.id(), ValueModel.INDEX).boost(NEWEST_SESSION_BOOST));
        }
        return anySession.toPredicate();
    }

    /**
     * Drafts and updates under review are not public: only published status updates are found. Written as
     * the exclusion of the few unpublished ones rather than as "published or without a workflow state", a
     * disjunction with a negation that Lucene would evaluate for every candidate hit.
     */
    private static SearchPredicate unpublished(SearchPredicateFactory f) {
        return f.terms().field(WORKFLOW_STATE).matchingAny(UNPUBLISHED, ValueModel.INDEX).toPredicate();
    }
}
