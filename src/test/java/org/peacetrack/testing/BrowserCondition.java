package org.peacetrack.testing;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class BrowserCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("PEACETRACK_REQUIRE_BROWSER"))) {
            return ConditionEvaluationResult.enabled("PEACETRACK_REQUIRE_BROWSER is set: browser tests are mandatory");
        }
        if (Files.isExecutable(Browser.CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("Skipped: no Chromium at " + Browser.CHROMIUM
                + " (apt-get install chromium, or set PEACETRACK_REQUIRE_BROWSER=true to make these tests fail instead)");
    }
}
