package org.peacetrack.migration;

import javax.sql.DataSource;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;

@RequiresPostgres
class ChangeLogStatesMigrationOnPostgresTest extends ChangeLogStatesMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return TestPostgres.freshDatabase("change_log_states");
    }
}
