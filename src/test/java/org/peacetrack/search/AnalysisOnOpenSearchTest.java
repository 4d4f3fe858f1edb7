package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link AnalysisTest} against the OpenSearch node: the same terms as Lucene's. */
@RequiresOpenSearch
class AnalysisOnOpenSearchTest extends AnalysisTest {
}
