package dev.backendbuilder.report;

import dev.backendbuilder.gate.GateResult;
import java.util.List;

/**
 * The implementation report of one module: facts measured in the project and the verdict of every
 * gate. Rendered as Markdown, JSON, HTML and SARIF; its JSON form is described by
 * {@code implementation-report.schema.json} in the plugin jar.
 *
 * @param formatVersion version of the JSON form
 * @param generatedAt   ISO-8601 instant: {@code project.build.outputTimestamp} when set, so the report is reproducible
 * @param project       the module's coordinates
 * @param verdict       one row per gate, and the overall status
 * @param gates         every gate result as its check wrote it
 * @param facts         what was measured in the project
 */
public record ImplementationReport(int formatVersion, String generatedAt, ProjectInfo project, Verdict verdict,
        List<GateResult> gates, Facts facts) {

    /** The format version written. */
    public static final int FORMAT_VERSION = 1;

    public ImplementationReport {
        gates = List.copyOf(gates);
    }

    /** The result of one area, or {@code null}. */
    public GateResult gate(String area) {
        return gates.stream().filter(g -> g.area().equals(area)).findFirst().orElse(null);
    }

    /**
     * The module's coordinates.
     *
     * @param groupId    group
     * @param artifactId artifact
     * @param version    version
     * @param name       display name (the artifactId when the POM has none)
     * @param description the POM's description, or {@code null}
     */
    public record ProjectInfo(String groupId, String artifactId, String version, String name, String description) {
    }

    /**
     * Everything measured, section by section of the report's outline.
     *
     * @param structure     source folders, packages with class counts, modules, configuration files
     * @param dependencies  direct dependencies with versions
     * @param data          tables from the migrations
     * @param endpoints     HTTP endpoints read from the compiled classes
     * @param caching       cache annotations found in the compiled classes ({@code @Cacheable: 3})
     * @param examples      short excerpts of real files
     * @param tests         test reports by kind
     * @param coverage      coverage by package from JaCoCo's XML report
     * @param configuration configuration properties and environment variables
     * @param deployment    container and deployment files, health endpoints
     * @param documentation API documentation, README
     */
    public record Facts(Structure structure, List<Dependency> dependencies, DataModel data, List<Endpoint> endpoints,
            List<Count> caching, List<Excerpt> examples, TestFacts tests, List<PackageCoverage> coverage,
            Configuration configuration, Deployment deployment, Documentation documentation) {

        public Facts {
            dependencies = List.copyOf(dependencies);
            endpoints = List.copyOf(endpoints);
            caching = List.copyOf(caching);
            examples = List.copyOf(examples);
            coverage = List.copyOf(coverage);
        }
    }

    /**
     * A name with a count.
     *
     * @param name  what is counted
     * @param count how many
     */
    public record Count(String name, int count) {
    }

    /**
     * Source layout.
     *
     * @param folders            source folders (main, test, resources) relative to the module
     * @param modules            child modules of an aggregator POM
     * @param configurationFiles application configuration files
     */
    public record Structure(List<SourceFolder> folders, List<String> modules, List<String> configurationFiles) {

        public Structure {
            folders = List.copyOf(folders);
            modules = List.copyOf(modules);
            configurationFiles = List.copyOf(configurationFiles);
        }
    }

    /**
     * One source folder and its packages.
     *
     * @param path     relative to the module
     * @param kind     {@code main}, {@code test}
     * @param packages packages with the number of classes (source files) in each
     */
    public record SourceFolder(String path, String kind, List<Count> packages) {

        public SourceFolder {
            packages = List.copyOf(packages);
        }
    }

    /**
     * A direct dependency.
     *
     * @param groupId    group
     * @param artifactId artifact
     * @param version    version (managed versions resolved)
     * @param scope      Maven scope
     */
    public record Dependency(String groupId, String artifactId, String version, String scope) {
    }

    /**
     * The schema the migrations build.
     *
     * @param migrationFolder the folder read, relative to the module, or {@code null} when there is none
     * @param migrations      the migration files, in order
     * @param tables          tables with columns, keys and indexes
     * @param skipped         statements not understood (so a reader knows the list may be incomplete)
     * @param latestChanges   what the newest migration does, when it is not the only one: its statements, shortened
     */
    public record DataModel(String migrationFolder, List<String> migrations, List<Table> tables, List<String> skipped,
            List<String> latestChanges) {

        public DataModel {
            migrations = List.copyOf(migrations);
            tables = List.copyOf(tables);
            skipped = List.copyOf(skipped);
            latestChanges = List.copyOf(latestChanges);
        }

        public DataModel(String migrationFolder, List<String> migrations, List<Table> tables, List<String> skipped) {
            this(migrationFolder, migrations, tables, skipped, List.of());
        }
    }

    /**
     * One table.
     *
     * @param name        table name
     * @param columns     columns in order
     * @param primaryKey  primary key columns
     * @param uniques     unique constraints, each a list of columns
     * @param foreignKeys foreign keys
     * @param indexes     indexes
     * @param checks      number of CHECK constraints
     */
    public record Table(String name, List<Column> columns, List<String> primaryKey, List<List<String>> uniques,
            List<ForeignKey> foreignKeys, List<Index> indexes, int checks) {

        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            uniques = uniques.stream().map(List::copyOf).toList();
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * A column.
     *
     * @param name     column name
     * @param type     SQL type as written ({@code VARCHAR(100)})
     * @param nullable whether NULL is allowed
     */
    public record Column(String name, String type, boolean nullable) {
    }

    /**
     * A foreign key.
     *
     * @param columns    referencing columns
     * @param references referenced table
     * @param onDelete   the ON DELETE action, or {@code null}
     */
    public record ForeignKey(List<String> columns, String references, String onDelete) {

        public ForeignKey {
            columns = List.copyOf(columns);
        }
    }

    /**
     * An index.
     *
     * @param name    index name
     * @param columns indexed columns
     * @param unique  whether it is a unique index
     */
    public record Index(String name, List<String> columns, boolean unique) {

        public Index {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One HTTP endpoint.
     *
     * @param method   HTTP method ({@code ANY} when the mapping names none)
     * @param path     the full path
     * @param request  the {@code @RequestBody} type, or {@code null}
     * @param response the declared return type ({@code ResponseEntity<BookResponse>})
     * @param roles    who may call it, from {@code @PreAuthorize}: roles, {@code public},
     *                 {@code authenticated}, the expression itself, or {@code none declared}
     * @param handler  {@code BookController.get}
     */
    public record Endpoint(String method, String path, String request, String response, String roles, String handler) {
    }

    /**
     * A short excerpt of a real file.
     *
     * @param title what it shows
     * @param file  relative to the module
     * @param language fence language ({@code java}, {@code sql})
     * @param text  the lines
     */
    public record Excerpt(String title, String file, String language, String text) {
    }

    /**
     * Test reports by kind.
     *
     * @param kinds    {@code unit} (surefire) and {@code integration} (failsafe) totals
     * @param byFamily tests grouped by the class name's last word before {@code Test}/{@code IT}
     *                 ({@code ApiTest}, {@code ControllerTest})
     */
    public record TestFacts(List<TestKind> kinds, List<Count> byFamily) {

        public TestFacts {
            kinds = List.copyOf(kinds);
            byFamily = List.copyOf(byFamily);
        }
    }

    /**
     * The totals of one kind of test.
     *
     * @param kind     {@code unit} or {@code integration}
     * @param folder   the report folder, relative to the module
     * @param suites   test classes
     * @param tests    tests run
     * @param failures failed assertions
     * @param errors   tests that threw
     * @param skipped  skipped tests
     * @param seconds  total time
     */
    public record TestKind(String kind, String folder, int suites, int tests, int failures, int errors, int skipped,
            double seconds) {
    }

    /**
     * Coverage of one package.
     *
     * @param name          package (dotted)
     * @param linesCovered    covered lines
     * @param linesMissed     missed lines
     * @param branchesCovered covered branches
     * @param branchesMissed  missed branches
     */
    public record PackageCoverage(String name, int linesCovered, int linesMissed, int branchesCovered,
            int branchesMissed) {

        /** Covered line ratio, 1 for a package without lines. */
        public double lineRatio() {
            int total = linesCovered + linesMissed;
            return total == 0 ? 1 : (double) linesCovered / total;
        }

        /** Covered branch ratio, 1 for a package without branches. */
        public double branchRatio() {
            int total = branchesCovered + branchesMissed;
            return total == 0 ? 1 : (double) branchesCovered / total;
        }
    }

    /**
     * Configuration.
     *
     * @param properties   every property of the application configuration files
     * @param environment  environment variables the configuration reads ({@code ${NAME:default}})
     */
    public record Configuration(List<Property> properties, List<EnvironmentVariable> environment) {

        public Configuration {
            properties = List.copyOf(properties);
            environment = List.copyOf(environment);
        }
    }

    /**
     * One configuration property.
     *
     * @param key   dotted key
     * @param value value as written
     * @param file  relative to the module
     */
    public record Property(String key, String value, String file) {
    }

    /**
     * An environment variable read by the configuration.
     *
     * @param name         variable name
     * @param defaultValue default when unset, or {@code null} when there is none (the variable is required)
     * @param usedBy       the properties that read it
     */
    public record EnvironmentVariable(String name, String defaultValue, List<String> usedBy) {

        public EnvironmentVariable {
            usedBy = List.copyOf(usedBy);
        }
    }

    /**
     * Deployment.
     *
     * @param files           container and deployment files, relative to the module
     * @param healthEndpoints health, readiness and metrics endpoints the configuration exposes
     * @param migrationTool   {@code Flyway}, {@code Liquibase}, or {@code null}
     */
    public record Deployment(List<String> files, List<String> healthEndpoints, String migrationTool) {

        public Deployment {
            files = List.copyOf(files);
            healthEndpoints = List.copyOf(healthEndpoints);
        }
    }

    /**
     * Documentation.
     *
     * @param apiSpec            where the running application serves its API description, or {@code null}
     * @param readme             the README file, or {@code null}
     * @param design             the design file, or {@code null}
     * @param documentedVariables environment variables the README names
     */
    public record Documentation(String apiSpec, String readme, String design, List<String> documentedVariables) {

        public Documentation {
            documentedVariables = List.copyOf(documentedVariables);
        }
    }
}
