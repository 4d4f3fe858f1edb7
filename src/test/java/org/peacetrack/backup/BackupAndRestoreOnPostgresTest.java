package org.peacetrack.backup;

import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresPostgres
@SpringBootTest
class BackupAndRestoreOnPostgresTest extends BackupAndRestoreBehaviour {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Override
    DriverManagerDataSource emptyDatabase() {
        return (DriverManagerDataSource) TestPostgres.freshDatabase("restore");
    }
}
