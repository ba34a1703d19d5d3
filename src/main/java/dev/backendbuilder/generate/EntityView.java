package dev.backendbuilder.generate;

import dev.backendbuilder.design.Api;
import dev.backendbuilder.design.Entity;
import dev.backendbuilder.design.Operation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entity and its resource, as the templates need them. */
public final class EntityView {

    private final Entity entity;
    private final Api.Resource resource;
    private final String basePackage;
    private final String basePath;
    private final List<FieldView> fields;
    private final List<ReferenceView> references = new ArrayList<>();
    private final List<FilterView> filters = new ArrayList<>();
    private final List<SortView> sorts = new ArrayList<>();
    private final List<IndexView> indexes = new ArrayList<>();
    private final List<String> dependentCaches = new ArrayList<>();
    private final List<Incoming> incoming = new ArrayList<>();
    private final List<AccessView> access = new ArrayList<>();
    private final Set<String> otherEntityVarNames = new HashSet<>();

    EntityView(Entity entity, Api.Resource resource, String basePackage, String basePath) {
        this.entity = entity;
        this.resource = resource;
        this.basePackage = basePackage;
        this.basePath = basePath;
        this.fields = entity.fields().values().stream().map(f -> new FieldView(entity.name(), getPackageName(), f)).toList();
    }

    List<ReferenceView> mutableReferences() {
        return references;
    }

    List<FilterView> mutableFilters() {
        return filters;
    }

    List<SortView> mutableSorts() {
        return sorts;
    }

    List<IndexView> mutableIndexes() {
        return indexes;
    }

    List<AccessView> mutableAccess() {
        return access;
    }

    /** Who may run each operation of the resource, in the order of {@link #getOperations()}. */
    public List<AccessView> getAccess() {
        return access;
    }

    Entity entity() {
        return entity;
    }

    public String getName() {
        return entity.name();
    }

    /** The entity class as a type reference in Java code (see {@link TypeReferences}); suffixes name its siblings. */
    public String getType() {
        return TypeReferences.mark(getPackageName() + "." + getName());
    }

    /** {@code OrderLine} → {@code ORDER_LINE}, for constants named after the entity. */
    public String getConstantName() {
        return dev.backendbuilder.design.Names.snakeCase(getName()).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * {@code book} for {@code Book}; {@code finalEntity} for {@code Final}, whose lower case is a Java keyword,
     * and {@code requestEntity} for {@code Request}, whose lower case the generated code uses for its own variables.
     */
    public String getVarName() {
        String name = JavaNames.decapitalize(entity.name());
        if (!dev.backendbuilder.design.Names.JAVA_RESERVED.contains(name) && !JavaNames.GENERATED_LOCALS.contains(name)) {
            return name;
        }
        // the renamed variable must not be another entity's own: Response beside an entity ResponseEntity
        String renamed = name + "Entity";
        for (int n = 2; otherEntityVarNames.contains(renamed); n++) {
            renamed = name + "Entity" + n;
        }
        return renamed;
    }

    /** The variable names of the design's other entities as written ({@code responseEntity}), which a renamed one avoids. */
    Set<String> mutableOtherEntityVarNames() {
        return otherEntityVarNames;
    }

    /** The controller's service field: {@code service}, unless a filter parameter has that name. */
    public String getServiceField() {
        return filters.stream().anyMatch(f -> f.name().equals("service")) ? getVarName() + "Service" : "service";
    }

    public String getPluralName() {
        return dev.backendbuilder.design.Names.plural(entity.name());
    }

    public String getPluralVar() {
        return JavaNames.decapitalize(getPluralName());
    }

    public String getPackageName() {
        return basePackage + "." + JavaNames.packageSegment(entity.name());
    }

    public String getPackagePath() {
        return getPackageName().replace('.', '/');
    }

    public String getTable() {
        return entity.tableName();
    }

    /** The table name as constraint names use it: {@code user_} → {@code user} (see {@link ViewModel#bare}). */
    public String getConstraintBase() {
        return ViewModel.bare(entity.tableName());
    }

    /** The collection path, e.g. {@code /api/books}. */
    public String getPath() {
        return (basePath.equals("/") ? "" : basePath) + "/" + entity.resourcePath();
    }

    public List<FieldView> getFields() {
        return fields;
    }

    public List<FieldView> getEnumFields() {
        return fields.stream().filter(FieldView::isEnum).toList();
    }

    public List<FieldView> getUniqueFields() {
        return fields.stream().filter(FieldView::isUnique).toList();
    }

    /** To-one references (foreign-key columns). */
    public List<ReferenceView> getToOne() {
        return references.stream().filter(r -> !r.isManyToMany()).toList();
    }

    public List<ReferenceView> getManyToMany() {
        return references.stream().filter(ReferenceView::isManyToMany).toList();
    }

    public List<ReferenceView> getReferences() {
        return references;
    }

    /** To-one references the database requires: the tests create those first. */
    public List<ReferenceView> getRequiredReferences() {
        return getToOne().stream().filter(ReferenceView::isRequired).toList();
    }

    /** Below this many values of a unique field, a test body spends none on a further row of its own entity. */
    static final long NARROW_UNIQUE_VALUES = 100;

    /** How many values the most constrained unique field has: the rows of this entity a test can hold at once. */
    public long getUniqueCapacity() {
        return getUniqueFields().stream().mapToLong(f -> f.getCounterValue().capacity()).min().orElse(Long.MAX_VALUE);
    }

    /**
     * The optional references a test body leaves out: those whose row (with the rows it requires) would be
     * another row of this entity, which a narrow unique field cannot spare. A self-reference to a
     * {@code unique} boolean is one: the body's parent would take the value the test's own row needs.
     */
    public List<ReferenceView> getReferencesLeftOutOfBodies() {
        if (getUniqueCapacity() >= NARROW_UNIQUE_VALUES) {
            return List.of();
        }
        return references.stream()
                .filter(r -> !r.isRequired() && r.getTarget().getRowsSavedWithOne().contains(this))
                .toList();
    }

    /** The entities a test saves a row of when it saves one of this entity: it, and its required references, transitively. */
    Set<EntityView> getRowsSavedWithOne() {
        Deque<EntityView> pending = new ArrayDeque<>(List.of(this));
        Set<EntityView> rows = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            EntityView row = pending.pop();
            if (rows.add(row)) {
                row.getRequiredReferences().forEach(r -> pending.push(r.getTarget()));
            }
        }
        return rows;
    }

    public boolean isExposed() {
        return resource != null;
    }

    private boolean has(Operation operation) {
        return resource != null && resource.operations().contains(operation);
    }

    public boolean isList() {
        return has(Operation.LIST);
    }

    public boolean isGet() {
        return has(Operation.GET);
    }

    public boolean isCreate() {
        return has(Operation.CREATE);
    }

    public boolean isUpdate() {
        return has(Operation.UPDATE);
    }

    public boolean isPatch() {
        return has(Operation.PATCH);
    }

    public boolean isDelete() {
        return has(Operation.DELETE);
    }

    /** Whether clients send a request body (create, update, patch). */
    public boolean isWritable() {
        return isCreate() || isUpdate() || isPatch();
    }

    /** Whether anything reads an existing row by id (get, update, patch, delete). */
    public boolean isItemOperations() {
        return isGet() || isUpdate() || isPatch() || isDelete();
    }

    public boolean isCached() {
        return resource != null && resource.cache();
    }

    public List<String> getOperations() {
        return resource == null ? List.of() : resource.operations().stream().map(Operation::yamlName).toList();
    }

    public List<FilterView> getFilters() {
        return filters;
    }

    public List<SortView> getSorts() {
        return sorts;
    }

    public List<IndexView> getIndexes() {
        return indexes;
    }

    /** Java types used by the fields, for imports. */
    public Set<String> getJavaTypes() {
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        fields.forEach(f -> types.add(f.getJavaType()));
        return types;
    }




    /** Entities whose ids the service resolves when writing (itself included for self-references). */
    public List<EntityView> getReferencedEntitiesForResolve() {
        return isWritable() ? references.stream().map(ReferenceView::getTarget).distinct().toList() : List.of();
    }

    /** Repositories the service needs beside its own. */
    public List<EntityView> getRepositoryFields() {
        return getReferencedEntitiesForResolve().stream().filter(t -> t != this).toList();
    }

    /** Distinct targets of many-to-many references, when the service writes them. */
    public List<EntityView> getManyToManyTargets() {
        return isWritable() ? getManyToMany().stream().map(ReferenceView::getTarget).distinct().toList() : List.of();
    }

    /** Bean Validation annotations the request DTO uses, fully qualified and sorted. */
    public List<String> getConstraintImports() {
        java.util.TreeSet<String> imports = new java.util.TreeSet<>();
        for (FieldView field : fields) {
            if (!field.isWritable()) {
                continue;
            }
            for (String constraint : field.getConstraints()) {
                String name = constraint.substring(1, constraint.contains("(") ? constraint.indexOf('(') : constraint.length());
                imports.add(name.equals("URL") ? "org.hibernate.validator.constraints.URL"
                        : "jakarta.validation.constraints." + name);
            }
        }
        if (!getRequiredReferences().isEmpty()) {
            imports.add("jakarta.validation.constraints.NotNull");
        }
        return List.copyOf(imports);
    }

    /** Caches of other entities that a delete of this one changes (cascade, set-null, join rows). */
    public List<String> getDependentCaches() {
        return dependentCaches.stream().distinct().sorted().toList();
    }

    List<String> mutableDependentCaches() {
        return dependentCaches;
    }

    /** The cache of this resource's single reads. */
    public String getCacheName() {
        return getPluralVar();
    }

    public boolean uses(String javaType) {
        return getJavaTypes().contains(javaType);
    }

    /** To-one references other entities hold to this one, with their delete behaviour. */
    public List<Incoming> getIncoming() {
        return incoming;
    }

    /** Distinct other entities that reference this one. */
    public List<EntityView> getIncomingOwners() {
        return incoming.stream().map(Incoming::owner).distinct().toList();
    }

    List<Incoming> mutableIncoming() {
        return incoming;
    }

    /** Another entity's to-one reference to this one. */
    public record Incoming(EntityView owner, ReferenceView reference) {
    }

    /** A filter query parameter of the list operation. */
    public record FilterView(String name, String javaType, String kind, String attribute, String targetVar) {
        public boolean isText() {
            return kind.equals("text");
        }

        public boolean isReference() {
            return kind.equals("reference");
        }

        public boolean isManyToMany() {
            return kind.equals("many");
        }
    }

    /** A property the list operation may sort by. */
    public record SortView(String name, String attribute) {
    }

    /** An index of the migration. */
    public record IndexView(String name, List<String> columns) {
        public String getColumnList() {
            return String.join(", ", columns);
        }
    }
}
