package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link FacetCountsTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class FacetCountsOnOpenSearchTest extends FacetCountsTest {
}
