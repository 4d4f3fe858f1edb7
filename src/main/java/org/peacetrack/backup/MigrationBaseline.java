package org.peacetrack.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The rows the migrations themselves insert (such as the lineage matcher's "none"): an empty database holds
 * them, so a restore accepts them and replaces them with the archive's. Found by migrating a throwaway H2
 * database in memory with the same migrations (they are written to run unchanged on H2 and PostgreSQL).
 */
final class MigrationBaseline {

    private MigrationBaseline() {
    }

    /** Each table the migrations fill, with its rows as the archive would list them. */
    static Map<String, List<String>> rows(String... locations) throws SQLException {
        String url = "jdbc:h2:mem:peacetrack-baseline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DriverManagerDataSource memory = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(memory).locations(locations).load().migrate();
        try (Connection c = memory.getConnection()) {
            try {
                Map<String, List<String>> filled = new HashMap<>();
                for (Table t : DatabaseSchema.read(c).tables()) {
                    List<String> rows = Rows.of(c, t);
                    if (!rows.isEmpty()) {
                        filled.put(t.name(), rows);
                    }
                }
                return filled;
            } finally {
                c.createStatement().execute("shutdown");
            }
        }
    }
}
