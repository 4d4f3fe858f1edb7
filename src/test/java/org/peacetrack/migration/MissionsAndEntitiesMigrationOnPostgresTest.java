package org.peacetrack.migration;

import javax.sql.DataSource;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;

@RequiresPostgres
class MissionsAndEntitiesMigrationOnPostgresTest extends MissionsAndEntitiesMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return TestPostgres.freshDatabase("missions_entities");
    }
}
