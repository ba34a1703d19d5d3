package dev.backendbuilder.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the gate result files, {@code <folder>/<area>.json} (the folder is
 * {@code target/builder}). Writes are atomic, so {@code report} never reads half a file even
 * when modules build in parallel.
 */
public final class ResultStore {

    private static final String SUFFIX = ".json";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ResultStore(Path folder) {
        this.folder = folder;
    }

    /** The folder results live in. */
    public Path folder() {
        return folder;
    }

    /** The file of one area's result. */
    public Path fileOf(String area) {
        return folder.resolve(area + SUFFIX);
    }

    /** Writes {@code result} to {@code <area>.json}, replacing an older one atomically. */
    public Path write(GateResult result) throws IOException {
        Path target = fileOf(result.area());
        writeAtomically(target, toJson(result) + "\n");
        return target;
    }

    /**
     * Writes {@code text} (UTF-8) to {@code file} through a temporary file beside it and an atomic
     * move, so that a reader never sees half a file; creates the folder. The temporary file is created
     * as any file is (the user's umask applies: 0644 as other tools write, not {@code createTempFile}'s 0600).
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The result of one area, when it was written. */
    public Optional<GateResult> read(String area) throws IOException {
        try {
            return Optional.of(parse(Files.readString(fileOf(area), StandardCharsets.UTF_8), fileOf(area)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Every result in the folder, sorted by area; an empty list when the folder does not exist. */
    public List<GateResult> readAll() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
                stream.forEach(files::add);
            }
        }
        files.sort(null);
        List<GateResult> results = new ArrayList<>();
        for (Path file : files) {
            GateResult result = parse(Files.readString(file, StandardCharsets.UTF_8), file);
            if (result != null) {
                results.add(result);
            }
        }
        return results;
    }

    /** The JSON text of a result, as written. */
    public String toJson(GateResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the " + result.area() + " result", e);
        }
    }

    /**
     * Parses one result file. Files that are not gate results (other JSON in the folder, such as a
     * report) are ignored by {@link #readAll()}, which is why this answers {@code null} for them.
     */
    private GateResult parse(String text, Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON (" + e.getOriginalMessage()
                    + "); delete it and run the check again", e);
        }
        if (tree == null || !tree.has("formatVersion") || !tree.has("area")) {
            return null;
        }
        int version = tree.get("formatVersion").asInt();
        if (version != GateResult.FORMAT_VERSION) {
            throw new IOException(file + " has format version " + version + ", this plugin reads "
                    + GateResult.FORMAT_VERSION + "; run the checks again with this plugin version");
        }
        return json.treeToValue(tree, GateResult.class);
    }
}
