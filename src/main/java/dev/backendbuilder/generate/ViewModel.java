package dev.backendbuilder.generate;

import dev.backendbuilder.design.Api;
import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Entity;
import dev.backendbuilder.design.Relationship;
import dev.backendbuilder.design.Security;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the read-only {@link ProjectView} from a validated design. */
public final class ViewModel {

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
            filtersAndSorts(view, design.api().resources().get(view.getName()));
            indexes(view);
        }
        Api.Pagination pagination = design.api().pagination() == null ? Api.Pagination.DEFAULT : design.api().pagination();
        int lastDot = basePackage.lastIndexOf('.');
        String groupId = lastDot > 0 ? basePackage.substring(0, lastDot) : basePackage;
        ProjectView project = new ProjectView(design.app().name(), groupId, basePackage,
                design.app().description() == null ? design.app().name() : design.app().description(),
                design.app().javaRelease(), Dialect.of(design.app().database()), basePath, pagination.defaultSize(),
                pagination.maxSize(), pluginVersion, List.copyOf(views.values()), notYetGenerated(design));
        operations(project, design);
        return project;
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
        Security security = design.security();
        if (security.authentication() != Security.Authentication.NONE) {
            missing.add(security.authentication().name().toLowerCase(java.util.Locale.ROOT)
                    + " authentication and the permission matrix (every endpoint is open)");
        }
        if (security.rateLimit() != null) {
            missing.add("rate limiting");
        }
        if (!security.corsOrigins().isEmpty()) {
            missing.add("CORS");
        }
        if (!design.performance().isEmpty()) {
            missing.add("benchmarks of the performance targets");
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
            boolean text = false;
            for (String name : index.fields()) {
                FieldView field = field(view, name);
                if (field != null) {
                    columns.add(field.getColumn());
                    text |= field.isLob();
                } else {
                    ReferenceView reference = reference(view, name);
                    if (reference != null && !reference.isManyToMany()) {
                        columns.add(reference.getColumn());
                    }
                }
            }
            if (!columns.isEmpty()) {
                leading.add(columns.get(0));
                view.mutableIndexes().add(new EntityView.IndexView(indexName(view.getTable(), columns), columns, text));
            }
        }
        for (ReferenceView reference : view.getToOne()) {
            if (!reference.isOneToOne() && leading.add(reference.getColumn())) {
                view.mutableIndexes().add(new EntityView.IndexView(indexName(view.getTable(), List.of(reference.getColumn())),
                        List.of(reference.getColumn()), false));
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
