package org.peacetrack.indicators;

import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same jobs on PostgreSQL, where V93's bytea column and the progress in its own transaction also run. */
@RequiresPostgres
class ImportJobsAcrossNodesOnPostgresTest extends ImportJobsAcrossNodesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
