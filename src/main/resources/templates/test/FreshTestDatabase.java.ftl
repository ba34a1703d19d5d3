package ${project.packageName};

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Starts every test run from an empty schema: once per database and run, Flyway drops what an
 * earlier run left (on a database server named by TEST_DATABASE_URL, rows and tables survive the
 * run) and migrates from V1, exactly as a new production database would be.
 */
@Component
public class FreshTestDatabase implements FlywayMigrationStrategy {

    /**
     * The databases (and schemas) emptied in this run: each Spring test context migrates, only the first one of
     * each cleans. The schemas are part of the key: a test on a schema of its own cleans only that one.
     */
    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Override
    public void migrate(Flyway flyway) {
        if (CLEANED.add(urlOf(flyway) + " " + String.join(",", flyway.getConfiguration().getSchemas()))) {
            flyway.clean();
        }
        flyway.migrate();
    }

    private static String urlOf(Flyway flyway) {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test database", e);
        }
    }
}
