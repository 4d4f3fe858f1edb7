package org.peacetrack.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the annotated Spring tests with the OpenSearch backend, on the node {@link TestOpenSearch} starts once
 * for the run. Where it cannot start they are skipped with the reason, unless PEACETRACK_REQUIRE_OPENSEARCH=true
 * (as in CI), where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(OpenSearchCondition.class)
@ContextConfiguration(initializers = TestOpenSearch.Initializer.class)
public @interface RequiresOpenSearch {
}
