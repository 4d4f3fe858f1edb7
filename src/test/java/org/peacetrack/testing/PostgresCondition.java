package org.peacetrack.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.required()) {
            return ConditionEvaluationResult.enabled("PEACETRACK_REQUIRE_POSTGRES is set: PostgreSQL tests are mandatory");
        }
        if (TestPostgres.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestPostgres.SERVER);
        }
        return ConditionEvaluationResult.disabled("Skipped: no PostgreSQL at " + TestPostgres.SERVER
                + " (start one, or set PEACETRACK_REQUIRE_POSTGRES=true to make these tests fail instead)");
    }
}
