package org.peacetrack.backup;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@SpringBootTest
class BackupAndRestoreOnH2Test extends BackupAndRestoreBehaviour {

    @Override
    DriverManagerDataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
