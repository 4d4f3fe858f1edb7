package org.peacetrack.migration;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ChangeLogStatesMigrationOnH2Test extends ChangeLogStatesMigrationBehaviour {

    @Override
    DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:change-log-states;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
