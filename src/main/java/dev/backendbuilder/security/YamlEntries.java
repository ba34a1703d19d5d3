package dev.backendbuilder.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the small YAML files of the security gate (suppressions, bug baseline): one top-level key
 * holding a list of flat entries of text values. Every entry keeps its line so messages can point
 * at it; every mistake is a {@link SecurityToolException} naming {@code file:line}.
 */
final class YamlEntries {

    /** One entry: its text values by key, and where it starts. */
    record Entry(Map<String, String> values, String location) {

        String get(String key) {
            return values.get(key);
        }
    }

    private YamlEntries() {
    }

    /**
     * The entries under {@code listKey}; an empty list when the file does not exist.
     *
     * @param allowed the keys an entry may have
     */
    static List<Entry> read(Path file, String display, String listKey, Set<String> allowed) throws SecurityToolException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecurityToolException("Cannot read " + display + ": " + e.getMessage() + ".", e);
        }
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(display).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(0).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new SecurityToolException(display + ":" + line + ": not valid YAML: " + e.getProblem() + ".", e);
        } catch (YamlEngineException e) {
            throw new SecurityToolException(display + ": not valid YAML: " + e.getMessage() + ".", e);
        }
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof MappingNode top)) {
            throw new SecurityToolException(at(display, root.get()) + ": expected a mapping with the key '" + listKey + "'.");
        }
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : top.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!listKey.equals(key)) {
                throw new SecurityToolException(at(display, tuple.getKeyNode()) + ": unknown key '" + key + "'; the file holds '"
                        + listKey + "'.");
            }
            if (tuple.getValueNode() instanceof ScalarNode empty && empty.getValue().isEmpty()) {
                continue;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode list)) {
                throw new SecurityToolException(at(display, tuple.getValueNode()) + ": '" + listKey + "' must be a list.");
            }
            for (Node item : list.getValue()) {
                entries.add(entry(item, display, allowed));
            }
        }
        return entries;
    }

    private static Entry entry(Node item, String display, Set<String> allowed) throws SecurityToolException {
        if (!(item instanceof MappingNode mapping)) {
            throw new SecurityToolException(at(display, item) + ": each entry must be a mapping of " + allowed + ".");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw new SecurityToolException(at(display, tuple.getKeyNode()) + ": unknown key '" + key + "'; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                throw new SecurityToolException(at(display, tuple.getValueNode()) + ": '" + key + "' must be a single value.");
            }
            values.put(key, value.getValue().strip());
        }
        return new Entry(values, at(display, item));
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(node.getNodeType());
    }

    static String at(String display, Node node) {
        return display + ":" + node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }
}
