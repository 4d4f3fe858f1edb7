package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SearchListsEachTextOnceTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SearchListsEachTextOnceOnOpenSearchTest extends SearchListsEachTextOnceTest {
}
