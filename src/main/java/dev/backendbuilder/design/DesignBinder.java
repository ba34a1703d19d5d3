package dev.backendbuilder.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds the parsed tree to the model. Lenient on purpose: a value of the wrong shape (already
 * reported by the schema check) is treated as absent, so the semantic checks can still run on the
 * rest and the user sees every problem in one pass.
 */
final class DesignBinder {

    private final SourceMap where;

    DesignBinder(SourceMap where) {
        this.where = where;
    }

    Design bind(JsonNode root) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        eachEntry(root.path("entities"), "/entities", (name, node, pointer) -> entities.put(name, entity(name, node, pointer)));
        List<Relationship> relationships = new ArrayList<>();
        eachItem(root.path("relationships"), "/relationships", (node, pointer) -> relationship(node, pointer).ifPresent(relationships::add));
        Map<String, Integration> integrations = new LinkedHashMap<>();
        eachEntry(root.path("integrations"), "/integrations", (name, node, pointer) -> integrations.put(name, integration(name, node, pointer)));
        List<PerformanceTarget> performance = new ArrayList<>();
        eachItem(root.path("performance"), "/performance", (node, pointer) -> performance.add(performanceTarget(node, pointer)));
        return new Design(
            root.path("version").asInt(0),
            app(root.path("app")),
            entities,
            relationships,
            api(root.path("api")),
            security(root.path("security")),
            integrations,
            performance,
            quality(root.path("quality")));
    }

    private App app(JsonNode node) {
        return new App(
            text(node, "name"),
            text(node, "package"),
            text(node, "description"),
            Optional.ofNullable(integer(node, "java")).orElse(App.DEFAULT_JAVA),
            enumValue(node, "database", App.Database::of).orElse(App.Database.H2),
            where.value("/app"));
    }

    private Entity entity(String name, JsonNode node, String pointer) {
        Map<String, Field> fields = new LinkedHashMap<>();
        eachEntry(node.path("fields"), pointer + "/fields", (fieldName, fieldNode, fieldPointer) ->
            fields.put(fieldName, field(fieldName, fieldNode, fieldPointer)));
        List<Entity.Index> indexes = new ArrayList<>();
        JsonNode indexList = node.path("indexes");
        for (int i = 0; indexList.isArray() && i < indexList.size(); i++) {
            if (indexList.get(i).isArray()) { // an index is a list of names
                indexes.add(new Entity.Index(texts(indexList.get(i)), where.value(SourceMap.child(pointer + "/indexes", i))));
            }
        }
        return new Entity(name, text(node, "id"), fields, indexes, where.key(pointer));
    }

    private Field field(String name, JsonNode node, String pointer) {
        JsonNode defaultNode = node.path("default");
        return new Field(
            name,
            enumValue(node, "type", Field.Type::of).orElse(null),
            flag(node, "required"),
            flag(node, "nullable"),
            flag(node, "unique"),
            integer(node, "minLength"),
            integer(node, "maxLength"),
            text(node, "pattern"),
            decimal(node, "min"),
            decimal(node, "max"),
            integer(node, "precision"),
            integer(node, "scale"),
            enumValue(node, "format", Field.Format::of).orElse(null),
            texts(node.path("values")),
            defaultNode.isValueNode() && !defaultNode.isNull() ? defaultNode.asText() : null,
            flag(node, "readOnly"),
            flag(node, "writeOnly"),
            text(node, "id"),
            where.key(pointer));
    }

    private Optional<Relationship> relationship(JsonNode node, String pointer) {
        String from = text(node, "from");
        Optional<Relationship.Kind> kind = enumValue(node, "type", Relationship.Kind::of);
        if (from == null || kind.isEmpty()) {
            return Optional.empty();
        }
        int dot = from.indexOf('.');
        return Optional.of(new Relationship(
            dot < 0 ? from : from.substring(0, dot),
            dot < 0 ? "" : from.substring(dot + 1),
            text(node, "to"),
            kind.get(),
            flag(node, "required"),
            text(node, "inverse"),
            enumValue(node, "onDelete", Relationship.OnDelete::of).orElse(Relationship.OnDelete.RESTRICT),
            text(node, "id"),
            where.value(pointer)));
    }

    private Api api(JsonNode node) {
        JsonNode paging = node.path("pagination");
        Api.Pagination pagination = new Api.Pagination(
            Optional.ofNullable(integer(paging, "defaultSize")).orElse(Api.Pagination.DEFAULT.defaultSize()),
            Optional.ofNullable(integer(paging, "maxSize")).orElse(Api.Pagination.DEFAULT.maxSize()));
        Map<String, Api.Resource> resources = new LinkedHashMap<>();
        eachEntry(node.path("resources"), "/api/resources", (name, resource, pointer) -> resources.put(name, new Api.Resource(
            name,
            operations(texts(resource.path("operations"))),
            texts(resource.path("filters")),
            texts(resource.path("sort")),
            flag(resource, "cache"),
            where.key(pointer))));
        String basePath = text(node, "basePath");
        return new Api(basePath == null ? Api.DEFAULT_BASE_PATH : basePath, pagination, resources);
    }

    private Security security(JsonNode node) {
        Security.Authentication authentication = enumValue(node, "authentication", Security.Authentication::of)
            .orElse(node.isObject() ? Security.Authentication.JWT : Security.Authentication.NONE);
        List<String> roles = new ArrayList<>(texts(node.path("roles")));
        if (authentication != Security.Authentication.NONE && !roles.contains(Security.ADMIN)) {
            roles.add(Security.ADMIN);
        }
        List<Security.Permission> permissions = new ArrayList<>();
        eachEntry(node.path("permissions"), "/security/permissions", (resource, rules, resourcePointer) ->
            eachEntry(rules, resourcePointer, (operationList, access, pointer) -> permissions.add(new Security.Permission(
                resource, operationList, operations(List.of(operationList.split(","))), access(access), where.key(pointer)))));
        String perClient = text(node.path("rateLimit"), "perClient");
        Security.RateLimit rateLimit = perClient == null ? null : RateLimits.parse(perClient).orElse(null);
        return new Security(authentication, roles, permissions, rateLimit, texts(node.path("cors").path("origins")));
    }

    private static Security.Access access(JsonNode node) {
        if (node.isArray()) {
            return new Security.Access(Security.Access.Kind.ROLES, texts(node));
        }
        return "public".equals(node.asText()) ? Security.Access.PUBLIC : Security.Access.AUTHENTICATED;
    }

    private Integration integration(String name, JsonNode node, String pointer) {
        Map<String, Integration.Call> calls = new LinkedHashMap<>();
        eachEntry(node.path("operations"), pointer + "/operations", (callName, call, callPointer) ->
            calls.put(callName, new Integration.Call(text(call, "method"), text(call, "path"))));
        return new Integration(
            name,
            text(node, "baseUrl"),
            Optional.ofNullable(integer(node, "timeoutMs")).orElse(Integration.DEFAULT_TIMEOUT_MS),
            Optional.ofNullable(integer(node, "retries")).orElse(Integration.DEFAULT_RETRIES),
            flag(node, "circuitBreaker"),
            calls,
            where.key(pointer));
    }

    private PerformanceTarget performanceTarget(JsonNode node, String pointer) {
        String endpoint = Optional.ofNullable(text(node, "endpoint")).orElse("").trim();
        int space = endpoint.indexOf(' ');
        return new PerformanceTarget(
            space < 0 ? endpoint : endpoint.substring(0, space),
            space < 0 ? "" : endpoint.substring(space + 1).trim(),
            node.path("p95Ms").isNumber() ? node.path("p95Ms").asDouble() : null,
            node.path("minRps").isNumber() ? node.path("minRps").asDouble() : null,
            where.value(pointer));
    }

    private static Quality quality(JsonNode node) {
        Quality d = Quality.DEFAULT;
        return new Quality(
            number(node.path("coverage"), "line", d.coverageLine()),
            number(node.path("coverage"), "branch", d.coverageBranch()),
            number(node.path("security"), "failOnCvss", d.failOnCvss()),
            Optional.ofNullable(text(node.path("security"), "spotbugs")).orElse(d.spotbugsThreshold()),
            number(node.path("benchmarks"), "maxRegression", d.maxRegression()));
    }

    private static Set<Operation> operations(List<String> names) {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (String name : names) {
            parse(name.trim(), Operation::of).ifPresent(operations::add);
        }
        return operations;
    }

    // --- lenient accessors: wrong shapes read as absent ---

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isTextual() ? value.asText() : null;
    }

    private static boolean flag(JsonNode node, String key) {
        return node.path(key).asBoolean(false);
    }

    private static Integer integer(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static double number(JsonNode node, String key, double fallback) {
        JsonNode value = node.path(key);
        return value.isNumber() ? value.asDouble() : fallback;
    }

    private static <E> Optional<E> enumValue(JsonNode node, String key, Function<String, E> parser) {
        String text = text(node, key);
        return text == null ? Optional.empty() : parse(text, parser);
    }

    private static <E> Optional<E> parse(String text, Function<String, E> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                if (item.isValueNode() && !item.isNull()) {
                    values.add(item.asText());
                }
            }
        }
        return values;
    }

    private interface EntryVisitor {
        void visit(String key, JsonNode value, String pointer);
    }

    private interface ItemVisitor {
        void visit(JsonNode value, String pointer);
    }

    private static void eachEntry(JsonNode object, String pointer, EntryVisitor visitor) {
        if (object.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                visitor.visit(entry.getKey(), entry.getValue(), SourceMap.child(pointer, entry.getKey()));
            }
        }
    }

    private static void eachItem(JsonNode array, String pointer, ItemVisitor visitor) {
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isObject()) {
                    visitor.visit(array.get(i), SourceMap.child(pointer, i));
                }
            }
        }
    }
}
