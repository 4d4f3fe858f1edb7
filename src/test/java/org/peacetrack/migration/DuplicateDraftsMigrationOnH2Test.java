package org.peacetrack.migration;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DuplicateDraftsMigrationOnH2Test extends DuplicateDraftsMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:duplicate-drafts;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
