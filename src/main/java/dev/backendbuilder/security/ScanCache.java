package dev.backendbuilder.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backendbuilder.gate.ResultStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Results of the previous run, keyed by content: a Dependency-Check scan is reused while the
 * dependency files (SHA-256), the settings and the database file are the same and, when updates are
 * on, the last update check is younger than the update interval; a SpotBugs run is reused while the
 * class files (SHA-256), the analysis class path and the settings are the same. Kept in
 * {@code target/builder/.security-cache/}; a damaged entry is ignored and rewritten.
 */
public final class ScanCache {

    /** A cached Dependency-Check scan. */
    public record DependencyEntry(String key, String databaseStamp, long checkedAtMillis, DependencyScan scan) {
    }

    /** A cached SpotBugs run. */
    public record BugEntry(String key, int classes, List<BugFinding> bugs) {
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ScanCache(Path folder) {
        this.folder = folder;
    }

    Optional<DependencyEntry> dependencies() {
        return read("dependency-check.json", DependencyEntry.class);
    }

    Optional<BugEntry> bugs() {
        return read("spotbugs.json", BugEntry.class);
    }

    void store(DependencyEntry entry) {
        write("dependency-check.json", entry);
    }

    void store(BugEntry entry) {
        write("spotbugs.json", entry);
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(String name, Object entry) {
        try {
            ResultStore.writeAtomically(folder.resolve(name), json.writeValueAsString(entry));
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next run
        }
    }

    /** SHA-256 of a file, hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of a text, hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** SHA-256 of every regular file under {@code root} by relative path (sorted); empty when it does not exist. */
    static Map<String, String> treeHashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    hashes.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return hashes;
    }

    /** Size and modification time of a file, or {@code absent}. */
    static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "absent";
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
