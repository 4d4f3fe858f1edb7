package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SampledFacetsTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SampledFacetsOnOpenSearchTest extends SampledFacetsTest {
}
