package dev.backendbuilder.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last generation wrote: path → SHA-256 of the content as generated. A file whose
 * content still has that hash is untouched and may be regenerated; any other content is the
 * user's and is never overwritten. Stored as {@code .builder/manifest.json}, sorted, so it diffs well.
 */
public final class Manifest {

    public static final String PATH = ".builder/manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> hashes;

    public Manifest(Map<String, String> hashes) {
        this.hashes = new TreeMap<>(hashes);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The manifest of {@code root}, empty when there is none yet. */
    public static Manifest read(Path root) throws IOException {
        Path file = root.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new GenerationException(file + " is not valid JSON (" + e.getOriginalMessage() + "). Restore it from"
                    + " version control, or delete it: every existing file will then be treated as yours and kept.");
        }
        Map<String, String> hashes = new TreeMap<>();
        JsonNode files = tree.path("files");
        files.fieldNames().forEachRemaining(name -> hashes.put(name, files.get(name).asText()));
        return new Manifest(hashes);
    }

    public Optional<String> hashOf(String path) {
        return Optional.ofNullable(hashes.get(path));
    }

    public Map<String, String> entries() {
        return java.util.Collections.unmodifiableMap(hashes);
    }

    /** The file's bytes: stable for the same entries, whatever their insertion order. */
    public byte[] toBytes(String pluginVersion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 1);
        root.put("generator", "builder-maven-plugin " + pluginVersion);
        ObjectNode files = root.putObject("files");
        hashes.forEach(files::put);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
