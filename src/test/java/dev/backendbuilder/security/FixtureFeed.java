package dev.backendbuilder.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a small NVD datafeed in the layout Dependency-Check reads from {@code nvd.api.datafeed.url}:
 * {@code cache.properties} (with {@code lastModifiedDate}, {@code lastModifiedDate.modified} and
 * {@code lastModifiedDate.<year>}), {@code nvdcve-<year>.json.gz} and {@code nvdcve-modified.json.gz},
 * each a gzipped NVD API 2.0 response. Served to the engine as a {@code file:} URL.
 */
final class FixtureFeed {

    /** The fixture CVE whose CPE range covers commons-collections before 3.2.2. */
    static final String COMMONS_COLLECTIONS_CVE = "CVE-2015-7501";

    private final Map<Integer, StringBuilder> years = new TreeMap<>();
    /** Stamped when the test runs, so that the data is fresh on any day; tests of stale data set their own. */
    private String lastModified = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    /** Adds a CVE record (the {@code cve} object of the NVD API) to the file of {@code year}. */
    FixtureFeed add(int year, String cveJson) {
        StringBuilder items = years.computeIfAbsent(year, y -> new StringBuilder());
        items.append(items.isEmpty() ? "" : ",").append("{\"cve\":").append(cveJson).append('}');
        return this;
    }

    /** Adds the commons-collections fixture CVE. */
    FixtureFeed withCommonsCollectionsCve() {
        return add(2015, resource("nvd/" + COMMONS_COLLECTIONS_CVE + ".json"));
    }

    String lastModified() {
        return lastModified;
    }

    FixtureFeed lastModified(String isoInstant) {
        this.lastModified = isoInstant;
        return this;
    }

    /** Writes the feed into {@code folder} and answers its {@code file:} URL (ending in a slash). */
    String writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder properties = new StringBuilder();
        properties.append("lastModifiedDate=").append(lastModified).append('\n');
        properties.append("lastModifiedDate.modified=").append(lastModified).append('\n');
        for (Map.Entry<Integer, StringBuilder> year : years.entrySet()) {
            properties.append("lastModifiedDate.").append(year.getKey()).append('=').append(lastModified).append('\n');
            gzip(folder.resolve("nvdcve-" + year.getKey() + ".json.gz"), response(year.getValue().toString()));
        }
        gzip(folder.resolve("nvdcve-modified.json.gz"), response(""));
        Files.writeString(folder.resolve("cache.properties"), properties, StandardCharsets.UTF_8);
        return folder.toUri().toString();
    }

    private static String response(String items) {
        long count = items.isEmpty() ? 0 : items.split("\\{\"cve\":").length - 1;
        return "{\"resultsPerPage\":" + count + ",\"startIndex\":0,\"totalResults\":" + count
                + ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2025-01-01T00:00:00.000\",\"vulnerabilities\":["
                + items + "]}";
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String resource(String name) {
        try (InputStream in = FixtureFeed.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real commons-collections jars copied by the build into target/scan-fixtures. */
    static ScannedArtifact commonsCollections(String version) {
        Path jar = Path.of("target", "scan-fixtures", "commons-collections-" + version + ".jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run the build's generate-test-resources phase");
        }
        return new ScannedArtifact("commons-collections:commons-collections:" + version, jar);
    }

    static List<ScannedArtifact> list(ScannedArtifact... artifacts) {
        return List.of(artifacts);
    }
}
