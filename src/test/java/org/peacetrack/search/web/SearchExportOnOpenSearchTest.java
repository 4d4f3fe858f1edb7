package org.peacetrack.search.web;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SearchExportTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SearchExportOnOpenSearchTest extends SearchExportTest {
}
