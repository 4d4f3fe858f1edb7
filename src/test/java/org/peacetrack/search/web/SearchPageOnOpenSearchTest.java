package org.peacetrack.search.web;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SearchPageTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SearchPageOnOpenSearchTest extends SearchPageTest {
}
