package org.peacetrack.migration;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class MissionsAndEntitiesMigrationOnH2Test extends MissionsAndEntitiesMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:missions-and-entities;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
