package org.peacetrack.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test class when the OpenSearch test node runs (or must run: PEACETRACK_REQUIRE_OPENSEARCH). */

public class OpenSearchCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestOpenSearch.required()) {
            return ConditionEvaluationResult.enabled("PEACETRACK_REQUIRE_OPENSEARCH is set: OpenSearch tests are mandatory");
        }
        String uri = TestOpenSearch.uri();
        if (uri != null) {
            return ConditionEvaluationResult.enabled("OpenSearch test node at " + uri);
        }
        return ConditionEvaluationResult.disabled("Skipped: the OpenSearch test node did not start ("
                + TestOpenSearch.failure() + "); set PEACETRACK_REQUIRE_OPENSEARCH=true to make these tests fail instead");
    }
}
