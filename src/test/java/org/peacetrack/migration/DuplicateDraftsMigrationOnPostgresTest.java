package org.peacetrack.migration;

import javax.sql.DataSource;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;

@RequiresPostgres
class DuplicateDraftsMigrationOnPostgresTest extends DuplicateDraftsMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return TestPostgres.freshDatabase("migrations");
    }
}
