package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
<#if project.database.vendor == "postgresql">
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
</#if>

/**
 * The newest migration on a database the ones before it filled, as production meets it: every migration
 * but the newest applied to an empty database, a row in every table (db/upgrade/{vendor}/V{newest}.sql,
 * written by builder:generate with the migration, from the design before it), then the newest applied.
 * Every row is still there, and every entity reads its table. On a database of its own, so the other
 * tests' data stays as they left it: an embedded H2 one<#if project.database.vendor == "postgresql">, or, when TEST_DATABASE_URL names a
 * PostgreSQL server, a schema of its own there, ${project.upgradeSchema} (so the production database's
 * types and ALTERs are what is tested)</#if>.
 */
<#if project.database.vendor == "postgresql">
@SpringBootTest
<#else>
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:${project.name}-upgrade;DB_CLOSE_DELAY=-1")
</#if>
class MigrationUpgradeTest {

    private static final Pattern INSERT = Pattern.compile("(?m)^INSERT INTO (\\w+)");
    private static final Pattern RENAMED = Pattern.compile("(?m)^-- renamed: (\\w+) -> (\\w+)$");

<#if project.database.vendor == "postgresql">
    private static final String SCHEMA = "${project.upgradeSchema}";

    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        String server = System.getenv("TEST_DATABASE_URL");
        if (server != null && server.matches("jdbc:(tc:)?postgresql:.*")) {
            // Flyway creates and cleans this schema only; every connection (JDBC, JPA) works in it
            registry.add("spring.flyway.schemas", () -> SCHEMA);
            registry.add("spring.datasource.hikari.schema", () -> SCHEMA);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:${project.name}-upgrade;DB_CLOSE_DELAY=-1");
        }
    }

</#if>
    @Autowired
    private Flyway flyway;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private List<JpaRepository<?, ?>> repositories;

    @Test
    void the_newest_migration_keeps_the_rows_the_ones_before_it_left() throws Exception {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).as("migrations").hasSizeGreaterThan(1);
        MigrationVersion newest = applied[applied.length - 1].getVersion();
        MigrationVersion before = applied[applied.length - 2].getVersion();
        String location = flyway.getConfiguration().getLocations()[0].getPath();
        ClassPathResource rows = new ClassPathResource("db/upgrade/" + location.substring(location.lastIndexOf('/') + 1)
                + "/V" + newest + ".sql");
        assertThat(rows.exists()).as(rows.getPath() + ": builder:generate writes it with each migration after V1;"
                + " for a migration written by hand, write one INSERT per table as the schema was before it").isTrue();

        flyway.clean();
        Flyway.configure().configuration(flyway.getConfiguration()).target(before).load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, rows);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher insert = INSERT.matcher(rows.getContentAsString(StandardCharsets.UTF_8));
        while (insert.find()) {
            counts.put(insert.group(1), jdbc.queryForObject("SELECT COUNT(*) FROM " + insert.group(1), Long.class));
        }
        assertThat(counts).as("rows written before " + newest).isNotEmpty()
                .allSatisfy((table, count) -> assertThat(count).isPositive());
        flyway.migrate();

        assertThat(flyway.info().current().getVersion()).isEqualTo(newest);
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher rename = RENAMED.matcher(rows.getContentAsString(StandardCharsets.UTF_8));
        while (rename.find()) {
            renamed.put(rename.group(1), rename.group(2));
        }
        List<String> tables = jdbc.queryForList("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA", String.class);
        counts.forEach((written, count) -> {
            String table = renamed.getOrDefault(written, written); // a renamed table keeps its rows under its new name
            if (tables.contains(table)) { // a table the newest migration dropped takes its rows with it
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isEqualTo(count);
            } else {
                assertThat(renamed).as(table + " is gone, not renamed").doesNotContainKey(written);
            }
        });
        // every mapped column of every entity is read: a column the entities expect and the schema lacks fails here
        repositories.forEach(repository -> assertThat(repository.findAll()).isNotNull());
    }
}
