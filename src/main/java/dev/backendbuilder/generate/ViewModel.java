package dev.backendbuilder.generate;

import dev.backendbuilder.design.Api;
import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Entity;
import dev.backendbuilder.design.PerformanceTarget;
import dev.backendbuilder.design.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the read-only {@link ProjectView} from a validated design. */
public final class ViewModel {

    /**
     * What to tell the user when {@code app.java} is newer than the JDK that will build the project
     * ({@code runningRelease}, the JDK running Maven now): the generated build would stop at once.
     */
    public static java.util.Optional<String> javaReleaseProblem(dev.backendbuilder.design.Design design, int runningRelease) {
        int wanted = design.app().javaRelease();
        if (wanted <= runningRelease) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("app.java is " + wanted + " but Maven runs on Java " + runningRelease + ": the generated"
                + " project will not build here. Run Maven on a JDK " + wanted + " (JAVA_HOME=/path/to/jdk-" + wanted
                + " mvn verify) or configure a JDK " + wanted + " toolchain; or set app.java to " + runningRelease + ".");
    }

    /** Rows a POST benchmark may create: JMH calls it for as long as its iterations last. */
    static final long BENCHMARK_ROWS = 1_000_000;

    /**
     * A POST benchmark creates a row per call (and the rows it references): each unique field of
     * those rows needs a new value every time, which a field with few possible values cannot give.
     */
    private static void checkRowsForBenchmark(PerformanceTarget target, EntityView created) {
        Set<EntityView> rows = new LinkedHashSet<>(List.of(created));
        // the body names every to-one and many-to-many target; each target row brings its required ones
        created.getReferences().forEach(r -> rows.addAll(r.getTarget().getRowsSavedWithOne()));
        for (EntityView entity : rows) {
            for (FieldView field : entity.getUniqueFields()) {
                long capacity = field.getCounterValue().capacity();
                if (capacity < BENCHMARK_ROWS) {
                    throw new GenerationException(target.at() + ": the benchmark of " + target.endpoint() + " creates a "
                            + entity.getName() + " per call, but " + entity.getName() + "." + field.getName() + " is unique"
                            + " and its constraints allow only " + capacity + " test values, so calls would fail with 409"
                            + " once they run out. Benchmark a GET of it instead, or widen " + entity.getName() + "."
                            + field.getName() + " (its type, range, length or pattern). Nothing was written.");
                }
            }
        }
    }

    /** Classes generated beside each entity class, by the suffix of their name ({@code BookRequest}). */
    static final java.util.Set<String> ENTITY_CLASS_SUFFIXES = java.util.Set.of("Request", "Response", "Service",
            "Controller", "Repository", "Filter", "ApiTest", "ControllerTest", "ServiceTest", "CacheTest", "PermissionTest");

    private static final int MAX_IDENTIFIER = 63;

    private ViewModel() {
    }

    public static ProjectView of(Design design, String pluginVersion) {
        String basePackage = design.app().basePackage();
        String basePath = design.api().basePath() == null ? Api.DEFAULT_BASE_PATH : design.api().basePath();
        Map<String, EntityView> views = new LinkedHashMap<>();
        for (Entity entity : design.entities().values()) {
            views.put(entity.name(), new EntityView(entity, design.api().resources().get(entity.name()), basePackage, basePath));
        }
        for (EntityView view : views.values()) {
            views.keySet().stream().filter(name -> !name.equals(view.getName())).map(JavaNames::decapitalize)
                    .forEach(view.mutableOtherEntityVarNames()::add);
        }
        for (Relationship relationship : design.relationships()) {
            EntityView owner = views.get(relationship.fromEntity());
            owner.mutableReferences().add(new ReferenceView(relationship, views.get(relationship.to()), owner.getTable()));
        }
        for (EntityView owner : views.values()) {
            for (ReferenceView reference : owner.getToOne()) {
                if (reference.getTarget() != owner) {
                    reference.getTarget().mutableIncoming().add(new EntityView.Incoming(owner, reference));
                }
            }
            for (ReferenceView reference : owner.getReferences()) {
                boolean changesOwner = reference.isManyToMany() || reference.isCascade() || reference.isSetNull();
                if (owner.isCached() && changesOwner) {
                    reference.getTarget().mutableDependentCaches().add(owner.getCacheName());
                }
            }
        }
        for (EntityView view : views.values()) {
            Api.Resource resource = design.api().resources().get(view.getName());
            filtersAndSorts(view, resource);
            indexes(view);
            if (resource != null) {
                resource.operations().forEach(op -> view.mutableAccess().add(AccessView.resolve(design.security(), view.getName(), op)));
            }
        }
        Api.Pagination pagination = design.api().pagination() == null ? Api.Pagination.DEFAULT : design.api().pagination();
        int lastDot = basePackage.lastIndexOf('.');
        String groupId = lastDot > 0 ? basePackage.substring(0, lastDot) : basePackage;
        ProjectView project = new ProjectView(design.app().name(), groupId, basePackage,
                design.app().description() == null ? design.app().name() : design.app().description(),
                design.app().javaRelease(), Dialect.of(design.app().database()), basePath, pagination.defaultSize(),
                pagination.maxSize(), pluginVersion, List.copyOf(views.values()), notYetGenerated(design),
                new SecurityView(design.security(), basePath), benchmarks(design, views));
        operations(project, design);
        return project;
    }

    /** The performance entries a generated benchmark can measure: GET of a collection or item, POST of a collection. */
    static List<BenchmarkView> benchmarks(Design design, Map<String, EntityView> views) {
        List<BenchmarkView> out = new ArrayList<>();
        for (PerformanceTarget target : design.performance()) {
            for (EntityView view : views.values()) {
                if (!view.isExposed()) {
                    continue;
                }
                boolean item = target.path().equals(view.getPath() + "/{id}");
                if (!item && !target.path().equals(view.getPath())) {
                    continue;
                }
                boolean get = target.method().equals("GET") && (item ? view.isGet() : view.isList());
                boolean create = target.method().equals("POST") && !item && view.isCreate();
                if (create) {
                    checkRowsForBenchmark(target, view);
                }
                if (get || create) {
                    out.add(new BenchmarkView(target.endpoint(), view, item, create));
                }
            }
        }
        return out;
    }

    /** Integrations and the environment model: the operations, integrations and deployment files read them. */
    private static void operations(ProjectView project, Design design) {
        design.integrations().values().forEach(i -> project.mutableIntegrations().add(new IntegrationView(i)));
        project.mutableEnvironment().addAll(EnvironmentVariable.of(design, project.getDatabase(), project.isCaching()));
    }

    /**
     * What the design asks for that this version does not generate yet, in words for the log and
     * the generated README: a user must never believe an endpoint is protected when it is not.
     */
    public static List<String> notYetGenerated(Design design) {
        List<String> missing = new ArrayList<>();
        List<String> unmeasured = design.performance().stream()
                .filter(t -> !t.method().equals("GET") && !t.method().equals("POST")).map(PerformanceTarget::endpoint).toList();
        if (!unmeasured.isEmpty()) {
            missing.add("benchmarks of " + String.join(", ", unmeasured) + " (GET and POST endpoints are benchmarked)");
        }
        return missing;
    }

    private static void filtersAndSorts(EntityView view, Api.Resource resource) {
        if (resource == null) {
            return;
        }
        for (String name : resource.filters()) {
            FieldView field = field(view, name);
            if (field != null) {
                view.mutableFilters().add(new EntityView.FilterView(name, field.getJavaType(),
                        field.isText() ? "text" : "equal", name, null));
                continue;
            }
            ReferenceView reference = reference(view, name);
            if (reference != null) {
                view.mutableFilters().add(new EntityView.FilterView(name, "Long",
                        reference.isManyToMany() ? "many" : "reference", name, reference.getTarget().getVarName()));
            }
        }
        // The design's rules allow only fields as sort keys, so the API name is the attribute.
        for (String name : resource.sort()) {
            view.mutableSorts().add(new EntityView.SortView(name, name));
        }
    }

    /**
     * The design's indexes, then one on every foreign-key column that no index or unique
     * constraint already starts with (databases do not index foreign keys for you, except MySQL).
     */
    private static void indexes(EntityView view) {
        Set<String> leading = new LinkedHashSet<>();
        view.getUniqueFields().forEach(f -> leading.add(f.getColumn()));
        for (Entity.Index index : view.entity().indexes()) {
            List<String> columns = new ArrayList<>();
            for (String name : index.fields()) {
                FieldView field = field(view, name);
                if (field != null) {
                    columns.add(field.getColumn());
                } else {
                    ReferenceView reference = reference(view, name);
                    if (reference != null && !reference.isManyToMany()) {
                        columns.add(reference.getColumn());
                    }
                }
            }
            if (!columns.isEmpty()) {
                leading.add(columns.get(0));
                view.mutableIndexes().add(new EntityView.IndexView(indexName(view.getTable(), columns), columns));
            }
        }
        for (ReferenceView reference : view.getToOne()) {
            if (!reference.isOneToOne() && leading.add(reference.getColumn())) {
                view.mutableIndexes().add(new EntityView.IndexView(indexName(view.getTable(), List.of(reference.getColumn())),
                        List.of(reference.getColumn())));
            }
        }
    }

    /**
     * A table name without the underscore that makes a reserved word safe: constraint and index
     * names start with a prefix ({@code uk_user_login}), so they never clash with a keyword.
     */
    static String bare(String table) {
        return table.endsWith("_") ? table.substring(0, table.length() - 1) : table;
    }

    static String indexName(String table, List<String> columns) {
        String name = "ix_" + bare(table) + "_" + String.join("_", columns);
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER - 9)
                + "_" + Integer.toHexString(name.hashCode() & 0x7fffffff);
    }

    private static FieldView field(EntityView view, String name) {
        return view.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
    }

    private static ReferenceView reference(EntityView view, String name) {
        return view.getReferences().stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
    }

}
