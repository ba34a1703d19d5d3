package dev.backendbuilder.design.random;

import dev.backendbuilder.design.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Random valid designs: a seed gives one design.yaml text, always the same for that seed. Across seeds
 * the designs cover every field type with every constraint that applies, every relationship kind with
 * required and optional ends, every delete rule, self-references, two references to one entity,
 * inverses, operation subsets (and entities without a resource), filters and sorts on every type,
 * caches, every authentication mode and kind of permission, rate limits, performance entries,
 * integrations, names that are SQL-reserved or equal to framework types and generated locals, every
 * database and Java release. Each design has 1 to 6 entities.
 *
 * <p>Java tests call {@link #yaml(long)}; the invoker IT's hook calls {@link #yaml(long, Options)}.
 */
public final class RandomDesigns {

    private static final List<String> OPERATIONS = List.of("list", "get", "create", "update", "patch", "delete");

    /**
     * @param appName     app.name of the design, or null for a random one
     * @param performance true: at least one performance entry; false: none; null: random
     * @param excluded    feature classes left out (to look past a known failure while it is fixed)
     */
    public record Options(String appName, Boolean performance, Set<Feature> excluded) {

        public static final Options DEFAULT = new Options(null, null, Set.of());

        public Options {
            excluded = excluded.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excluded));
        }

        /** Everything on, except what the system property {@code designspace.exclude} names. */
        public static Options fromSystemProperties() {
            return new Options(null, null, Feature.parse(System.getProperty("designspace.exclude")));
        }

        public Options withAppName(String name) {
            return new Options(name, performance, excluded);
        }

        public Options withPerformance(Boolean wanted) {
            return new Options(appName, wanted, excluded);
        }
    }

    private final Dice dice;
    private final Options options;
    private final RandomFields fields;
    private final List<String> entities = new ArrayList<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Map<String, Map<String, Object>> fieldsOf = new HashMap<>();
    private final Map<String, List<String>> referencesOf = new HashMap<>();
    private final Map<String, List<String>> manyToManyOf = new HashMap<>();
    private final List<Object> relationships = new ArrayList<>();
    private final Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
    private String basePath = "/api";

    private RandomDesigns(long seed, Options options) {
        this.dice = new Dice(seed);
        this.options = options;
        this.fields = new RandomFields(dice, options.excluded());
    }

    public static String yaml(long seed) {
        return yaml(seed, Options.DEFAULT);
    }

    /** The design of {@code seed} as mutable maps, for tests that change it; {@link #yamlOf} writes it back. */
    public static Map<String, Object> map(long seed, Options options) {
        return new RandomDesigns(seed, options).design();
    }

    public static String yamlOf(Map<String, Object> design) {
        return YamlText.of(design);
    }

    public static String yaml(long seed, Options options) {
        return "# random design, seed " + seed + excludedNote(options) + "\n" + YamlText.of(new RandomDesigns(seed, options).design());
    }

    private static String excludedNote(Options options) {
        return options.excluded().isEmpty() ? "" : " (excluded: " + options.excluded().stream().map(Feature::propertyName).sorted().toList() + ")";
    }

    private boolean allowed(Feature feature) {
        return !options.excluded().contains(feature);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> design() {
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("version", 1);
        design.put("app", app());
        int count = dice.between(1, 6);
        while (entities.size() < count) {
            String name = entityName();
            if (name != null) {
                entities.add(name);
            }
        }
        Map<String, Object> entityMap = new LinkedHashMap<>();
        for (String entity : entities) {
            members.put(entity, new HashSet<>());
            Map<String, Object> fieldMap = new LinkedHashMap<>();
            int fieldCount = dice.between(1, 6);
            for (int i = 0; i < fieldCount; i++) {
                String name = memberName(entity, fieldPool());
                if (name != null) {
                    fieldMap.put(name, fields.field(dice.pick(RandomFields.TYPES)));
                }
            }
            if (fieldMap.isEmpty()) {
                fieldMap.put(memberName(entity, NamePools.PLAIN_FIELDS), fields.field("string"));
            }
            fieldsOf.put(entity, fieldMap);
            Map<String, Object> body = new LinkedHashMap<>();
            if (dice.chance(0.15)) {
                body.put("id", "e-" + entity.toLowerCase(Locale.ROOT));
            }
            body.put("fields", fieldMap);
            entityMap.put(entity, body);
        }
        for (int i = 0; i < entities.size(); i++) {
            references(i);
        }
        for (String entity : entities) {
            List<Object> indexes = indexes(entity);
            if (!indexes.isEmpty()) {
                ((Map<String, Object>) entityMap.get(entity)).put("indexes", indexes);
            }
        }
        design.put("entities", entityMap);
        if (!relationships.isEmpty()) {
            design.put("relationships", relationships);
        }
        Map<String, Object> api = api();
        if (!api.isEmpty()) {
            design.put("api", api);
        }
        design.put("security", security());
        if (dice.chance(0.3)) {
            design.put("integrations", integrations());
        }
        List<Object> performance = performance();
        if (!performance.isEmpty()) {
            design.put("performance", performance);
        }
        Map<String, Object> quality = dice.chance(0.4) ? quality() : Map.of();
        if (!quality.isEmpty()) {
            design.put("quality", quality);
        }
        return design;
    }

    /** Key-value pairs in order (Map.of iterates in an order that changes from one JVM to the next). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Map<String, Object> app() {
        Map<String, Object> app = new LinkedHashMap<>();
        String word = dice.pick(NamePools.APP_WORDS);
        app.put("name", options.appName() != null ? options.appName() : word + (dice.chance(0.5) ? "" : "-" + dice.between(1, 99)));
        app.put("package", dice.pick(List.of("com.example.", "org.acme.", "io.rnd.app.")) + word);
        if (dice.chance(0.6)) {
            app.put("description", dice.pick(List.of("Random design", "A service: with 'quotes' & colons", "Ünïcödé description")));
        }
        if (dice.chance(0.8)) {
            app.put("java", allowed(Feature.NEWER_JAVA) ? dice.pick(List.of(17, 21, 25)) : 17);
        }
        if (dice.chance(0.9)) {
            app.put("database", dice.pick(List.of("postgresql", "mysql", "h2")));
        }
        return app;
    }

    private String entityName() {
        List<String> pool = NamePools.PLAIN_ENTITIES;
        int roll = dice.between(0, 99);
        if (roll < 20) {
            pool = NamePools.SQL_RESERVED_ENTITIES;
        } else if (roll < 38 && allowed(Feature.FRAMEWORK_TYPE_NAMES)) {
            pool = NamePools.FRAMEWORK_TYPE_ENTITIES;
        } else if (roll < 44 && allowed(Feature.KEYWORD_PACKAGE_NAMES)) {
            pool = NamePools.KEYWORD_PACKAGE_ENTITIES;
        }
        String name = dice.pick(pool);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean clash = entities.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(lower));
        return clash ? null : name;
    }

    private List<String> fieldPool() {
        int roll = dice.between(0, 99);
        if (roll < 15) {
            return NamePools.SQL_RESERVED_FIELDS;
        }
        if (roll < 35 && allowed(Feature.QUERY_PARAMETER_NAMES)) {
            return NamePools.QUERY_PARAMETER_FIELDS;
        }
        return NamePools.PLAIN_FIELDS;
    }

    /** A member name free on {@code entity} (fields, references and inverses share one namespace), or null. */
    private String memberName(String entity, List<String> pool) {
        String name = dice.pickFree(pool, members.get(entity));
        if (name != null) {
            members.get(entity).add(name);
        }
        return name;
    }

    /**
     * References of entity {@code index}. Required references only point to entities declared before it,
     * so there is never a cycle of required references (no first row could be created).
     */
    private void references(int index) {
        String from = entities.get(index);
        referencesOf.put(from, new ArrayList<>());
        manyToManyOf.put(from, new ArrayList<>());
        int count = dice.between(0, Math.min(3, entities.size()));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String to = dice.pick(entities);
            if (to.equals(from) && !allowed(Feature.SELF_REFERENCES)) {
                continue;
            }
            if (targets.contains(to) && !allowed(Feature.DOUBLE_REFERENCES)) {
                continue;
            }
            targets.add(to);
        }
        if (allowed(Feature.DOUBLE_REFERENCES) && index > 0 && dice.chance(0.1)) {
            String to = entities.get(dice.between(0, index - 1));
            targets.add(to);
            targets.add(to);
        }
        for (String to : targets) {
            String name = memberName(from, dice.chance(0.2) ? fieldPool() : NamePools.REFERENCE_NAMES);
            if (name != null) {
                relationship(from, name, to, entities.indexOf(to) < index);
            }
        }
    }

    private void relationship(String from, String name, String to, boolean earlier) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("from", from + "." + name);
        r.put("to", to);
        String kind = dice.pick(List.of("many-to-one", "many-to-one", "one-to-one", "many-to-many"));
        r.put("type", kind);
        boolean required = !kind.equals("many-to-many") && earlier && dice.chance(0.45);
        if (required) {
            r.put("required", true);
        } else if (dice.chance(0.1)) {
            r.put("required", false);
        }
        if (dice.chance(0.35)) {
            String inverse = dice.pickFree(NamePools.INVERSE_NAMES, members.get(to));
            if (inverse != null) {
                members.get(to).add(inverse);
                r.put("inverse", inverse);
            }
        }
        if (!kind.equals("many-to-many") && dice.chance(0.7)) {
            r.put("onDelete", required ? dice.pick(List.of("restrict", "cascade")) : dice.pick(List.of("restrict", "cascade", "set-null")));
        }
        if (dice.chance(0.15)) {
            r.put("id", "r-" + from.toLowerCase(Locale.ROOT) + "-" + name.toLowerCase(Locale.ROOT));
        }
        relationships.add(r);
        (kind.equals("many-to-many") ? manyToManyOf : referencesOf).get(from).add(name);
    }

    private List<Object> indexes(String entity) {
        List<Object> indexes = new ArrayList<>();
        if (!dice.chance(0.3)) {
            return indexes;
        }
        List<String> indexable = new ArrayList<>(referencesOf.get(entity));
        fieldsOf.get(entity).forEach((name, field) -> {
            if (!"text".equals(((Map<?, ?>) field).get("type"))) { // validate refuses indexes on text
                indexable.add(name);
            }
        });
        // validate refuses many-to-many references (no column here) and a repeated column list
        int count = dice.between(1, 2);
        for (int i = 0; i < count && !indexable.isEmpty(); i++) {
            List<String> columns = dice.someOf(indexable, 1);
            List<String> index = new ArrayList<>(columns.subList(0, Math.min(columns.size(), 2)));
            if (!indexes.contains(index)) {
                indexes.add(index);
            }
        }
        return indexes;
    }

    private Map<String, Object> api() {
        Map<String, Object> api = new LinkedHashMap<>();
        if (dice.chance(0.5)) {
            basePath = dice.pick(List.of("/api", "/api/v1", "/v2", "/rest.api/x_y-z"));
            api.put("basePath", basePath);
        }
        if (dice.chance(0.4)) {
            int max = dice.between(1, 200);
            api.put("pagination", ordered("defaultSize", dice.between(1, max), "maxSize", max));
        }
        for (String entity : entities) {
            if (dice.chance(0.15)) {
                continue; // not exposed: table and entity only
            }
            Map<String, Object> resource = new LinkedHashMap<>();
            List<String> operations = dice.chance(0.5) ? OPERATIONS : dice.someOf(OPERATIONS, 1);
            resource.put("operations", operations);
            if (operations.contains("list")) {
                List<String> filterable = new ArrayList<>(fieldsOf.get(entity).keySet());
                filterable.addAll(referencesOf.get(entity));
                filterable.addAll(manyToManyOf.get(entity));
                filterable.removeAll(List.of("page", "size", "sort")); // the list's own parameters: validate refuses them
                if (dice.chance(0.6)) {
                    resource.put("filters", dice.someOf(filterable, 1));
                }
                List<String> sortable = new ArrayList<>(fieldsOf.get(entity).keySet());
                sortable.removeAll(List.of("asc", "desc")); // sort directions: validate refuses them as sort keys
                if (!sortable.isEmpty() && dice.chance(0.6)) {
                    resource.put("sort", dice.someOf(sortable, 1));
                }
            }
            if (dice.chance(0.25)) {
                resource.put("cache", true);
            }
            resources.put(entity, resource);
        }
        if (!resources.isEmpty() || dice.chance(0.5)) {
            api.put("resources", resources);
        }
        return api;
    }

    private Map<String, Object> security() {
        Map<String, Object> security = new LinkedHashMap<>();
        String authentication = dice.pick(List.of("jwt", "basic", "none"));
        security.put("authentication", authentication);
        List<String> roles = List.of();
        if (!authentication.equals("none") && dice.chance(0.8)) {
            // validate refuses ROLE_ADMIN (Spring Security adds the prefix itself)
            roles = dice.someOf(new ArrayList<>(NamePools.ROLES), 1);
            security.put("roles", roles);
        }
        Map<String, Object> permissions = new LinkedHashMap<>();
        if (!resources.isEmpty() && dice.chance(0.8)) {
            permissions.put("*", rule(authentication, roles));
        }
        for (String resource : resources.keySet()) {
            if (dice.chance(0.3)) {
                permissions.put(resource, rule(authentication, roles));
            }
        }
        if (!permissions.isEmpty()) {
            security.put("permissions", permissions);
        }
        if (dice.chance(0.35)) {
            security.put("rateLimit", Map.of("perClient", dice.between(1, 1000) + dice.pick(List.of("/min", "/s", "/hour", " / minute", "/day"))));
        }
        if (dice.chance(0.3)) {
            security.put("cors", Map.of("origins", dice.chance(0.3) ? List.of("*") : List.of("https://app.example.com", "http://localhost:3000")));
        }
        return security;
    }

    /** Operations of one resource (or '*') mapped to public, authenticated or roles. */
    private Map<String, Object> rule(String authentication, List<String> roles) {
        Map<String, Object> rule = new LinkedHashMap<>();
        List<List<String>> groups = dice.pick(List.of(
            List.of(List.of("list", "get"), List.of("create", "update", "patch", "delete")),
            List.of(OPERATIONS),
            List.of(List.of("list"), List.of("get"), List.of("create", "delete")),
            List.of(List.of("create"))));
        for (List<String> group : groups) {
            String key = String.join(dice.chance(0.2) ? ", " : ",", group);
            Object access;
            if (authentication.equals("none")) {
                access = "public";
            } else {
                int roll = dice.between(0, 2);
                access = roll == 0 ? "public" : roll == 1 || roles.isEmpty() ? "authenticated" : dice.someOf(roles, 1);
            }
            rule.put(key, access);
        }
        return rule;
    }

    private Map<String, Object> integrations() {
        Map<String, Object> integrations = new LinkedHashMap<>();
        int count = dice.between(1, 2);
        for (int i = 0; i < count; i++) {
            String name = dice.pickFree(NamePools.INTEGRATION_NAMES, integrations.keySet());
            Map<String, Object> integration = new LinkedHashMap<>();
            integration.put("baseUrl", dice.pick(List.of("https://isbn.example.org", "http://localhost:8089/x", "https://api.example.com:8443")));
            if (dice.chance(0.6)) {
                integration.put("timeoutMs", dice.between(100, 5000));
            }
            if (dice.chance(0.6)) {
                integration.put("retries", dice.between(0, 10));
            }
            if (dice.chance(0.5)) {
                integration.put("circuitBreaker", dice.chance(0.5));
            }
            Map<String, Object> operations = new LinkedHashMap<>();
            operations.put("lookup", ordered("method", "GET", "path", "/isbn/{isbn}"));
            if (dice.chance(0.5)) {
                operations.put(dice.pick(List.of("charge", "send", "list", "get", "request")),
                    ordered("method", dice.pick(List.of("POST", "PUT", "PATCH", "DELETE", "GET")), "path", "/items/{id}/sub"));
            }
            integration.put("operations", operations);
            integrations.put(name, integration);
        }
        return integrations;
    }

    private List<Object> performance() {
        List<Object> entries = new ArrayList<>();
        Boolean wanted = allowed(Feature.PERFORMANCE) ? options.performance() : Boolean.FALSE;
        if (Boolean.FALSE.equals(wanted) || (wanted == null && !dice.chance(0.35))) {
            return entries;
        }
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> resource : resources.entrySet()) {
            String path = basePath + "/" + Names.kebabCase(Names.plural(resource.getKey()));
            List<?> operations = (List<?>) resource.getValue().get("operations");
            if (operations.contains("list")) {
                endpoints.add("GET " + path);
            }
            if (operations.contains("get")) {
                endpoints.add("GET " + path + "/{id}");
            }
            // a POST benchmark creates rows until it stops: generate refuses one that would run out of unique values
            if (operations.contains("create") && !anyNarrowUniqueField()) {
                endpoints.add("POST " + path);
            }
        }
        if (endpoints.isEmpty()) {
            return entries;
        }
        for (String endpoint : dice.someOf(endpoints, 1).subList(0, 1)) {
            entries.add(target(endpoint));
        }
        if (endpoints.size() > 1 && dice.chance(0.5)) {
            String other = dice.pick(endpoints);
            if (entries.stream().noneMatch(e -> ((Map<?, ?>) e).get("endpoint").equals(other))) {
                entries.add(target(other));
            }
        }
        return entries;
    }

    /** A unique field with few possible values anywhere (a POST creates rows of the entity and of what it references). */
    private boolean anyNarrowUniqueField() {
        return fieldsOf.values().stream().flatMap(fields -> fields.values().stream()).map(f -> (Map<?, ?>) f)
            .anyMatch(f -> Boolean.TRUE.equals(f.get("unique")) && (List.of("boolean", "enum").contains(f.get("type"))
                || f.containsKey("pattern") || f.containsKey("max") || f.containsKey("precision")
                || f.get("maxLength") instanceof Integer length && length < 16));
    }

    /** Limits generous enough to hold on a loaded machine: the point is the code, not the speed. */
    private Map<String, Object> target(String endpoint) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("endpoint", endpoint);
        int roll = dice.between(0, 2);
        if (roll != 1) {
            target.put("p95Ms", dice.between(2000, 10_000));
        }
        if (roll != 0) {
            target.put("minRps", dice.between(1, 5));
        }
        return target;
    }

    private BigDecimal hundredths(int low, int high) {
        return BigDecimal.valueOf(dice.between(low, high), 2);
    }

    private Map<String, Object> quality() {
        Map<String, Object> quality = new LinkedHashMap<>();
        if (dice.chance(0.6)) {
            quality.put("coverage", ordered("line", hundredths(50, 80), "branch", hundredths(50, 80)));
        }
        if (dice.chance(0.5)) {
            quality.put("security", ordered("failOnCvss", 7.0, "spotbugs", dice.pick(List.of("low", "medium", "high"))));
        }
        if (dice.chance(0.5)) {
            quality.put("benchmarks", Map.of("maxRegression", hundredths(10, 50)));
        }
        return quality;
    }
}
