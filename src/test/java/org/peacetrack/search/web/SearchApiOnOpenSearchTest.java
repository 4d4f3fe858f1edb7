package org.peacetrack.search.web;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SearchApiTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SearchApiOnOpenSearchTest extends SearchApiTest {
}
