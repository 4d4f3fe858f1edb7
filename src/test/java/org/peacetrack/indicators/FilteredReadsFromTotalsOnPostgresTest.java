package org.peacetrack.indicators;

import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same comparisons of totals against raw values on PostgreSQL, where V52 and the rebuild also run. */
@RequiresPostgres
class FilteredReadsFromTotalsOnPostgresTest extends FilteredReadsFromTotalsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
