package org.peacetrack.search;

import org.peacetrack.testing.RequiresOpenSearch;

/** {@link UnpublishedStatusesTest} against the OpenSearch node (ADR 0042). */
@RequiresOpenSearch
class UnpublishedStatusesOnOpenSearchTest extends UnpublishedStatusesTest {
}
