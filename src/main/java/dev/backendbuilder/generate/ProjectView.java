package dev.backendbuilder.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the templates read: the design, spelled for Java, SQL and Maven. Built once per
 * run by {@link ViewModel#of}; read-only for the templates.
 */
public final class ProjectView {

    /** Versions of the generated stack: one place to move them. */
    public static final String BOOT_VERSION = "4.0.7";
    public static final String SPRINGDOC_VERSION = "3.0.3";
    /** Rate limiting (not managed by Boot). */
    public static final String BUCKET4J_VERSION = "8.16.0";
    // --- operations, integrations, deployment ---
    /** Resilience4j core modules (retry, circuit breaker) of the integration clients. */
    public static final String RESILIENCE4J_VERSION = "2.4.0";
    /** WireMock, the stub server of the integration tests. */
    public static final String WIREMOCK_VERSION = "3.13.2";
    // --- end operations, integrations, deployment ---

    private final String name;
    private final String groupId;
    private final String packageName;
    private final String description;
    private final int javaRelease;
    private final Dialect database;
    private final String basePath;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final String pluginVersion;
    private final List<EntityView> entities;
    private final List<String> notYetGenerated;
    private final SecurityView security;
    private final List<BenchmarkView> benchmarks;
    // --- operations, integrations, deployment (filled by ViewModel#operations) ---
    private final List<IntegrationView> integrations = new ArrayList<>();
    private final List<EnvironmentVariable> environment = new ArrayList<>();
    // --- end operations, integrations, deployment ---

    ProjectView(String name, String groupId, String packageName, String description, int javaRelease, Dialect database,
            String basePath, int defaultPageSize, int maxPageSize, String pluginVersion, List<EntityView> entities,
            List<String> notYetGenerated, SecurityView security, List<BenchmarkView> benchmarks) {
        this.name = name;
        this.groupId = groupId;
        this.packageName = packageName;
        this.description = description;
        this.javaRelease = javaRelease;
        this.database = database;
        this.basePath = basePath;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
        this.pluginVersion = pluginVersion;
        this.entities = List.copyOf(entities);
        this.notYetGenerated = List.copyOf(notYetGenerated);
        this.security = security;
        this.benchmarks = List.copyOf(benchmarks);
    }

    /** Authentication, roles, rate limit and CORS of the generated application. */
    public SecurityView getSecurity() {
        return security;
    }

    /** How clients of the generated application sign in: {@code jwt}, {@code basic} or {@code none}. */
    public String getAuthentication() {
        return security.getAuthentication();
    }

    /** The performance entries the generated JMH benchmark measures, in the design's order. */
    public List<BenchmarkView> getBenchmarks() {
        return benchmarks;
    }

    /** What the design asks for that this version does not generate yet (see {@link ViewModel#notYetGenerated}). */
    public List<String> getNotYetGenerated() {
        return notYetGenerated;
    }

    public String getName() {
        return name;
    }

    public String getArtifactId() {
        return name;
    }

    public String getGroupId() {
        return groupId;
    }

    public String getPackageName() {
        return packageName;
    }

    public String getPackagePath() {
        return packageName.replace('.', '/');
    }

    public String getDescription() {
        return description;
    }

    /** {@code library-app} → {@code LibraryAppApplication}. */
    public String getApplicationClass() {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            out.append(JavaNames.capitalize(part));
        }
        String base = out.length() == 0 || !Character.isLetter(out.charAt(0)) ? "App" + out : out.toString();
        return base + "Application";
    }

    public int getJavaRelease() {
        return javaRelease;
    }

    public Dialect getDatabase() {
        return database;
    }

    /** Every database the migrations are written for: embedded H2 plus the production one. */
    public List<Dialect> getDialects() {
        List<Dialect> dialects = new ArrayList<>(List.of(Dialect.H2));
        if (database != Dialect.H2) {
            dialects.add(database);
        }
        return dialects;
    }

    public String getBasePath() {
        return basePath;
    }

    public int getDefaultPageSize() {
        return defaultPageSize;
    }

    public int getMaxPageSize() {
        return maxPageSize;
    }

    public String getPluginVersion() {
        return pluginVersion;
    }

    /**
     * The PostgreSQL schema MigrationUpgradeTest works in on a test server ({@code library_upgrade}), so the other
     * tests' schema stays as they left it.
     */
    public String getUpgradeSchema() {
        return name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(java.util.Locale.ROOT) + "_upgrade";
    }

    public String getBootVersion() {
        return BOOT_VERSION;
    }

    public String getBucket4jVersion() {
        return BUCKET4J_VERSION;
    }

    public String getSpringdocVersion() {
        return SPRINGDOC_VERSION;
    }

    public List<EntityView> getEntities() {
        return entities;
    }

    public List<EntityView> getExposedEntities() {
        return entities.stream().filter(EntityView::isExposed).toList();
    }

    /** The first resource with create, get, update and delete: the real-HTTP test walks through it. */
    public EntityView getRoundTripEntity() {
        return getExposedEntities().stream().filter(e -> e.isCreate() && e.isGet() && e.isUpdate() && e.isDelete())
                .findFirst().orElse(null);
    }

    /** Whether a test value picks from a fixed pool (a pattern without free digits): TestData then needs {@code pick}. */
    public boolean isSamplePools() {
        return testValuesContain("pick(");
    }

    /** Whether a test value fills a pattern's free characters from the counter: TestData then needs {@code place}. */
    public boolean isPlacedSamples() {
        return testValuesContain("place(");
    }

    /** Whether a test value is lengthened to a minLength: TestData then needs {@code padded}. */
    public boolean isPaddedSamples() {
        return testValuesContain("padded(");
    }

    private boolean testValuesContain(String call) {
        return getEntities().stream().flatMap(e -> e.getFields().stream())
                .anyMatch(f -> f.getCounterValue().typed().contains(call));
    }

    public boolean isCaching() {
        return entities.stream().anyMatch(EntityView::isCached);
    }

    /**
     * Whether the outage test has a request that needs the database: a resource read, or creating a
     * user (a design with neither has nothing the database could fail to answer).
     */
    public boolean isOutageTested() {
        return getSecurity().isEnabled() || getExposedEntities().stream().anyMatch(e -> e.isList() || e.isGet());
    }

    /** Every foreign key and unique constraint name, for turning database errors into 409 answers. */
    public List<ConstraintView> getConstraints() {
        List<ConstraintView> out = new ArrayList<>();
        for (EntityView entity : entities) {
            for (FieldView field : entity.getUniqueFields()) {
                out.add(new ConstraintView("uk_" + entity.getConstraintBase() + "_" + field.getColumn(), "unique", entity.getName(),
                        field.getName(), null));
            }
            for (ReferenceView reference : entity.getToOne()) {
                if (reference.isOneToOne()) {
                    out.add(new ConstraintView(reference.getUniqueName(), "unique", entity.getName(),
                            reference.getIdProperty(), null));
                }
                out.add(new ConstraintView(reference.getForeignKeyName(), "reference", entity.getName(),
                        reference.getIdProperty(), reference.getTarget().getName()));
            }
            for (ReferenceView reference : entity.getManyToMany()) {
                out.add(new ConstraintView("fk_" + reference.getJoinTable() + "_" + reference.getJoinTargetColumn(),
                        "reference", entity.getName(), reference.getIdProperty(), reference.getTarget().getName()));
            }
        }
        return out;
    }

    // --- operations, integrations, deployment ---

    /** The design's external services, one generated client each. */
    public List<IntegrationView> getIntegrations() {
        return List.copyOf(integrations);
    }

    /** Every environment variable the application reads: README table, .env.example, compose.yaml, prod check. */
    public List<EnvironmentVariable> getEnvironment() {
        return List.copyOf(environment);
    }

    /** The variables without which the {@code prod} profile refuses to start. */
    public List<EnvironmentVariable> getRequiredInProduction() {
        return environment.stream().filter(EnvironmentVariable::requiredInProduction).toList();
    }

    public String getResilience4jVersion() {
        return RESILIENCE4J_VERSION;
    }

    public String getWiremockVersion() {
        return WIREMOCK_VERSION;
    }

    /** Default Caffeine spec of the read caches ({@code CACHE_SPEC} overrides it). */
    public String getCacheSpec() {
        return EnvironmentVariable.CACHE_SPEC;
    }

    /** Names of every read cache, declared up front so their metrics exist from the start. */
    public List<String> getCacheNames() {
        return entities.stream().filter(EntityView::isCached).map(EntityView::getCacheName).sorted().toList();
    }

    List<IntegrationView> mutableIntegrations() {
        return integrations;
    }

    List<EnvironmentVariable> mutableEnvironment() {
        return environment;
    }
    // --- end operations, integrations, deployment ---

    /** A named database constraint and what it means in the API. */
    public record ConstraintView(String name, String kind, String entity, String property, String target) {
        public boolean isUnique() {
            return kind.equals("unique");
        }
    }
}
