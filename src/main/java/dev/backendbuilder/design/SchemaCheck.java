package dev.backendbuilder.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies the JSON Schema that ships in the jar ({@value #RESOURCE}) and turns the validator's
 * findings into located, human messages with "did you mean" hints taken from the schema itself.
 */
final class SchemaCheck {

    static final String RESOURCE = "/dev/backendbuilder/design/design-v1.schema.json";

    /** Parsed once: the schema is immutable and the validator is thread-safe. */
    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    private SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            schemaTree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    }

    static SchemaCheck instance() {
        return INSTANCE;
    }

    /** The schema as published in the jar, for {@code init} to place beside a starter design. */
    static InputStream openSchema() {
        return SchemaCheck.class.getResourceAsStream(RESOURCE);
    }

    void check(JsonNode document, SourceMap where, Problems problems) {
        Set<ValidationMessage> messages = schema.validate(document);
        // The validator reports each failed alternative of an anyOf on its own ("must be a list",
        // "must be a string"); the user needs one message naming all alternatives.
        Set<String> alternativesReported = new HashSet<>();
        for (ValidationMessage message : messages) {
            String pointer = message.getInstanceLocation().toString();
            boolean alternative = "anyOf".equals(message.getType()) || message.getEvaluationPath().toString().contains("/anyOf/");
            if (!alternative) {
                report(message, pointer, document, where, problems);
            } else if (alternativesReported.add(pointer)) {
                problems.add(where.value(pointer), displayName(pointer, document) + " must be a list of roles, or 'public' or"
                    + " 'authenticated', found " + describe(document.at(pointer)) + ".");
            }
        }
    }

    /** Whether {@code object} has a key that is a misspelling of the missing {@code key}. */
    private static boolean misspelt(JsonNode object, String key) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(key) && Suggestions.closest(name, List.of(key)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void report(ValidationMessage message, String pointer, JsonNode document, SourceMap where, Problems problems) {
        String name = displayName(pointer, document);
        JsonNode value = document.at(pointer);
        if ("/version".equals(pointer) && "enum".equals(message.getType())) {
            if (value.isIntegralNumber()) { // any other shape is reported by the type check
                problems.add(where.value(pointer), "design format version " + value.asText() + " is not supported; this plugin reads"
                    + " 'version: 1'.");
            }
            return;
        }
        switch (message.getType()) {
            case "additionalProperties" -> {
                String key = message.getProperty();
                String child = SourceMap.child(pointer, key);
                List<String> allowed = allowedKeys(message);
                String hint = allowed.isEmpty() ? "" : Suggestions.didYouMean(key, allowed)
                    + " Allowed here: " + String.join(", ", allowed) + ".";
                problems.add(where.key(child), "unknown key '" + key + "' in " + describeParent(pointer, document) + "." + hint);
            }
            case "required" -> {
                // a misspelt key ('fileds') is reported as unknown with its "did you mean"; its absence once more is noise
                if (!misspelt(document.at(pointer), message.getProperty())) {
                    problems.add(where.key(pointer), "missing required key '" + message.getProperty()
                        + "' in " + describeParent(pointer, document) + ".");
                }
            }
            case "type" -> problems.add(where.value(pointer), name + " must be " + expectedType(message.getSchemaNode())
                + ", found " + describe(value) + ".");
            case "enum" -> {
                List<String> allowed = texts(message.getSchemaNode());
                String given = value.isValueNode() ? value.asText() : describe(value);
                problems.add(where.value(pointer), "unknown value '" + given + "' for " + name + "."
                    + Suggestions.didYouMean(given, allowed) + " Allowed: " + String.join(", ", allowed) + ".");
            }
            case "minimum", "exclusiveMinimum" -> problems.add(where.value(pointer), name + " must be "
                + ("minimum".equals(message.getType()) ? "at least " : "greater than ") + message.getSchemaNode().asText()
                + ", found " + value.asText() + ".");
            case "maximum" -> problems.add(where.value(pointer), name + " must be at most "
                + message.getSchemaNode().asText() + ", found " + value.asText() + ".");
            case "minItems" -> problems.add(where.value(pointer), name + " must not be empty.");
            default -> problems.add(where.value(pointer), name + ": " + stripPath(message.getMessage()));
        }
    }

    /** Property names the schema allows beside the unknown one, in schema order. */
    private List<String> allowedKeys(ValidationMessage message) {
        String schemaPointer = message.getSchemaLocation().getFragment().toString();
        JsonNode objectSchema = schemaTree.at(SourceMap.parent(schemaPointer));
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code 'maxLength'}, or {@code item 3 of 'operations'} for list items. */
    private static String displayName(String pointer, JsonNode document) {
        if (pointer.isEmpty()) {
            return "the design";
        }
        String parent = SourceMap.parent(pointer);
        String last = SourceMap.lastToken(pointer);
        if (document.at(parent).isArray()) {
            return "item " + (Integer.parseInt(last) + 1) + " of " + displayName(parent, document);
        }
        return "'" + last + "'";
    }

    /** {@code 'entities.Book.fields'}, or {@code item 2 of 'relationships'} for list items. */
    private static String describeParent(String pointer, JsonNode document) {
        if (pointer.isEmpty()) {
            return "the top level";
        }
        String parent = SourceMap.parent(pointer);
        if (document.at(parent).isArray()) {
            return "item " + (Integer.parseInt(SourceMap.lastToken(pointer)) + 1) + " of " + describeParent(parent, document);
        }
        return (parent.isEmpty() ? "'" : describeParent(parent, document).replaceAll("'$", ".")) + SourceMap.lastToken(pointer) + "'";
    }

    private static String expectedType(JsonNode typeNode) {
        List<String> types = typeNode.isArray() ? texts(typeNode) : List.of(typeNode.asText());
        return types.stream().map(SchemaCheck::article).collect(Collectors.joining(" or "));
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "the text '" + value.asText() + "'";
        }
        return "'" + value.asText() + "'";
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            values.add(it.next().asText());
        }
        return values;
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
