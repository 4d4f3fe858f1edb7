package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link SearchBehaviourTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class SearchBehaviourOnOpenSearchTest extends SearchBehaviourTest {
}
