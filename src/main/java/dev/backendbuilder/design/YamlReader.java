package dev.backendbuilder.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML text into a Jackson tree (what the JSON Schema validator reads) and a {@link SourceMap}
 * (where each node stood). Guards against hostile input: alias bombs, deep nesting, duplicate keys
 * and explicit tags are errors, never crashes or unbounded work.
 */
final class YamlReader {

    /** Values a design may expand to: a 200-entity design has about 15,000, a 1,000-entity one 75,000. Bounds the work an alias bomb causes. */
    static final int MAX_NODES = 100_000;
    /** Nesting the format never needs more than eight levels of. */
    static final int MAX_DEPTH = 64;
    /** Anchored collections that may be referenced again: enough for reuse, too few for a bomb. */
    private static final int MAX_COLLECTION_ALIASES = 50;
    /** Longest number literal accepted; longer ones would cost quadratic time to convert and print. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Largest decimal exponent (either sign) of a number; beyond it no double or column could hold it. */
    private static final int MAX_EXPONENT = 400;

    /** The tree, where its nodes stood, and problems that did not stop parsing (duplicate keys). */
    record Parsed(JsonNode root, SourceMap sourceMap, Problems problems) {
    }

    private final String file;
    private final SourceMap sourceMap;
    private final Problems problems = new Problems();
    private int nodes;

    private YamlReader(String file) {
        this.file = file;
        this.sourceMap = new SourceMap(file);
    }

    static Parsed read(String text, String file) throws DesignException {
        return new YamlReader(file).parse(text);
    }

    private Parsed parse(String text) throws DesignException {
        LoadSettings settings = LoadSettings.builder()
            .setLabel(file)
            .setSchema(new CoreSchema())
            .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Math.max(text.length() + 1, 1))
            .setUseMarks(true)
            .build();
        DepthLimit parser = new DepthLimit(new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
        Composer composer = new Composer(settings, parser);
        Node root;
        try {
            if (!composer.hasNext()) {
                throw empty();
            }
            root = composer.next();
            if (composer.hasNext()) {
                Node extra = composer.next();
                throw single(locate(extra.getStartMark()), "a design file holds one YAML document; remove the second '---' document.");
            }
        } catch (TooDeep e) {
            throw single(locate(e.at), "the YAML nests more than " + MAX_DEPTH + " levels deep; a design file never does.");
        } catch (MarkedYamlEngineException e) {
            throw single(locate(e.getProblemMark().or(e::getContextMark)), "YAML syntax error: " + describe(e));
        } catch (YamlEngineException e) {
            String reason = firstLine(e.getMessage());
            throw single(locate(parser.lastMark), reason.contains("aliases")
                ? "the YAML references anchored lists or mappings more than " + MAX_COLLECTION_ALIASES
                    + " times (an alias bomb?); a design file needs far fewer aliases."
                : "YAML error: " + reason);
        } catch (IllegalArgumentException e) {
            // the composer checks some input with plain argument checks: a tag such as !a%20 ends in a space
            throw single(locate(parser.lastMark), "YAML error: " + firstLine(e.getMessage()) + " A design file needs no tags (!...).");
        }
        if (root instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.getValue().isEmpty()) {
            throw empty();
        }
        JsonNode tree = convert(root, "", 0);
        if (!tree.isObject()) {
            throw single(locate(root.getStartMark()), "the design must be a mapping with the keys 'version', 'app', 'entities', …;"
                + " found " + kind(root) + ".");
        }
        return new Parsed(tree, sourceMap, problems);
    }

    private DesignException empty() {
        return single(Location.startOf(file), "the file is empty. A design starts with 'version: 1' and an 'app' section;"
            + " run 'mvn builder:init' for a commented starter.");
    }

    private JsonNode convert(Node node, String pointer, int depth) throws DesignException {
        if (++nodes > MAX_NODES) {
            throw single(locate(node.getStartMark()), "the YAML expands to more than " + MAX_NODES
                + " nodes (through anchors and aliases?); a design file is far smaller.");
        }
        if (depth > MAX_DEPTH) {
            throw single(locate(node.getStartMark()), node.isRecursive()
                ? "an alias refers to the list or mapping that contains it; a design cannot be recursive."
                : "the YAML nests more than " + MAX_DEPTH + " levels deep; a design file never does.");
        }
        sourceMap.putValue(pointer, locate(node.getStartMark()));
        if (!(node instanceof ScalarNode) && !Tag.MAP.equals(node.getTag()) && !Tag.SEQ.equals(node.getTag())) {
            throw unsupportedTag(node);
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, SourceMap.child(pointer, index++), depth + 1));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode mapping, String pointer, int depth) throws DesignException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Map<String, Location> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Location keyAt = locate(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw single(keyAt, "a key must be a plain name, not " + kind(keyNode) + ".");
            }
            String key = keyScalar.getValue();
            Location first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.add(keyAt, "duplicate key '" + key + "' (first defined at line " + first.line()
                    + "); a later one would silently replace it, so merge the two or rename one.");
                continue;
            }
            String child = SourceMap.child(pointer, key);
            sourceMap.putKey(child, keyAt);
            object.set(key, convert(tuple.getValueNode(), child, depth + 1));
        }
        return object;
    }

    private JsonNode scalar(ScalarNode node) throws DesignException {
        Tag tag = node.getTag();
        String value = node.getValue();
        if (Tag.STR.equals(tag)) {
            return JsonNodeFactory.instance.textNode(value);
        }
        if (Tag.NULL.equals(tag)) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return parseBoolean(node, value);
        }
        if (Tag.INT.equals(tag)) {
            return parseInteger(node, value);
        }
        if (Tag.FLOAT.equals(tag)) {
            return parseFloat(node, value);
        }
        throw unsupportedTag(node);
    }

    private DesignException unsupportedTag(Node node) {
        String tag = node.getTag().getValue();
        String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return single(locate(node.getStartMark()), "the YAML tag '" + shown + "' is not supported in a design file; remove it.");
    }

    /** Plain {@code true}/{@code false} resolve here; an explicit {@code !!bool} may carry anything. */
    private JsonNode parseBoolean(ScalarNode node, String value) throws DesignException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw single(locate(node.getStartMark()), "'" + value + "' is not true or false.");
        }
        return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(lower));
    }

    private JsonNode parseInteger(ScalarNode node, String value) throws DesignException {
        checkNumberLength(node, value);
        String digits = value.startsWith("+") ? value.substring(1) : value;
        try {
            if (digits.startsWith("0x")) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(digits.substring(2), 16));
            }
            if (digits.startsWith("0o")) {
                return JsonNodeFactory.instance.numberNode(new BigInteger(digits.substring(2), 8));
            }
            return JsonNodeFactory.instance.numberNode(new BigInteger(digits));
        } catch (NumberFormatException e) {
            throw single(locate(node.getStartMark()), "'" + value + "' is not a whole number.");
        }
    }

    private JsonNode parseFloat(ScalarNode node, String value) throws DesignException {
        checkNumberLength(node, value);
        BigDecimal number;
        try {
            number = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw single(locate(node.getStartMark()), "'" + value + "' is not a finite number; use a plain decimal such as 0.8.");
        }
        long exponent = (long) number.precision() - number.scale() - 1;
        if (Math.abs(exponent) > MAX_EXPONENT || Math.abs((long) number.scale()) > MAX_EXPONENT) {
            throw single(locate(node.getStartMark()), "'" + value + "' is too large or too small for a design file;"
                + " use a plain decimal such as 0.8.");
        }
        return JsonNodeFactory.instance.numberNode(number);
    }

    private void checkNumberLength(ScalarNode node, String value) throws DesignException {
        if (value.length() > MAX_NUMBER_LENGTH) {
            throw single(locate(node.getStartMark()), "the number '" + value.substring(0, 20) + "…' has more than "
                + MAX_NUMBER_LENGTH + " characters; a design file needs no such number.");
        }
    }

    private Location locate(Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.startOf(file));
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return node instanceof SequenceNode ? "a list" : "the value '" + ((ScalarNode) node).getValue() + "'";
    }

    /**
     * The parser's own words without its source excerpt: "mapping values are not allowed here", and
     * where the construct it was reading began when that is elsewhere (an unclosed quote or bracket).
     */
    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        if (problem != null && problem.contains("(TAB)")) {
            return "a tab cannot indent YAML; indent with spaces.";
        }
        String context = e.getContext();
        Optional<Mark> contextMark = e.getContextMark();
        if (context != null && contextMark.isPresent() && !samePlace(contextMark, e.getProblemMark())) {
            context = context + " that starts at line " + (contextMark.get().getLine() + 1)
                + ", column " + (contextMark.get().getColumn() + 1);
        }
        if (problem == null || problem.isBlank()) {
            return context == null ? "malformed YAML" : context;
        }
        return context == null ? problem : problem + " (" + context + ")";
    }

    private static boolean samePlace(Optional<Mark> a, Optional<Mark> b) {
        return b.isPresent() && a.get().getLine() == b.get().getLine() && a.get().getColumn() == b.get().getColumn();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed YAML";
        }
        Iterator<String> lines = text.lines().iterator();
        return lines.hasNext() ? lines.next() : text;
    }

    private static DesignException single(Location where, String message) {
        Problems problems = new Problems();
        problems.add(where, message);
        return new DesignException(problems.sorted());
    }

    /** Thrown by {@link DepthLimit} before the recursive composer could overflow the stack. */
    private static final class TooDeep extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Optional<Mark> at;

        TooDeep(Optional<Mark> at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * Counts open lists and mappings as the composer pulls events, and stops at {@link #MAX_DEPTH}:
     * 10,000 nested '[' must be a located error, not a StackOverflowError.
     */
    private static final class DepthLimit implements Parser {

        private final Parser delegate;
        private int depth;
        private Optional<Mark> lastMark = Optional.empty();

        DepthLimit(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return delegate.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public Event next() {
            Event event = delegate.next();
            lastMark = event.getStartMark();
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(lastMark);
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                    // scalars, aliases, documents: no nesting
                }
            }
            return event;
        }
    }
}
