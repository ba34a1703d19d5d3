package dev.backendbuilder.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How Dependency-Check gets and keeps its vulnerability data, and which extra analyzers it may use.
 *
 * @param dataDirectory       folder of the H2 database ({@code odc.mv.db}) and of Dependency-Check's caches; safe for
 *                            concurrent builds
 * @param nvdApiKey           NVD API key, or {@code null}
 * @param nvdApiKeySource     where the key came from (for messages), or {@code null}
 * @param nvdDatafeedUrl      NVD datafeed mirror ({@code https://…} or {@code file://…}), or {@code null}
 * @param autoUpdate          update the data before scanning when a source is configured
 * @param offline             Maven runs offline ({@code -o}): never update
 * @param updateValidForHours after an update check, skip further checks for this many hours
 * @param extraAnalyzers      Dependency-Check analyzers to switch on beyond the local ones (names as in
 *                            its {@code analyzer.<name>.enabled} keys: {@code central}, {@code ossindex},
 *                            {@code knownexploited}, …)
 * @param central             the central database on a server used instead of the H2 file, or {@code null}
 * @param maxDataAge          the oldest vulnerability data a scan may judge with
 */
public record DependencyCheckSettings(Path dataDirectory, String nvdApiKey, String nvdApiKeySource, String nvdDatafeedUrl,
        boolean autoUpdate, boolean offline, int updateValidForHours, Set<String> extraAnalyzers, CentralDatabase central,
        Duration maxDataAge) {

    /** The default of {@code builder.security.maxDataAge}. */
    public static final Duration DEFAULT_MAX_DATA_AGE = Duration.ofDays(7);

    /** Where the data comes from, in the order the settings are looked at. */
    public enum DataSource {
        /** the NVD API, with a key */
        NVD_API_KEY,
        /** an NVD datafeed mirror */
        DATAFEED,
        /** the database already in the data directory, used as it is */
        EXISTING_DATA
    }

    /** Settings on the local H2 database with the default maximum data age. */
    public DependencyCheckSettings(Path dataDirectory, String nvdApiKey, String nvdApiKeySource, String nvdDatafeedUrl,
            boolean autoUpdate, boolean offline, int updateValidForHours, Set<String> extraAnalyzers) {
        this(dataDirectory, nvdApiKey, nvdApiKeySource, nvdDatafeedUrl, autoUpdate, offline, updateValidForHours, extraAnalyzers,
                null, DEFAULT_MAX_DATA_AGE);
    }

    public DependencyCheckSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        maxDataAge = maxDataAge == null ? DEFAULT_MAX_DATA_AGE : maxDataAge;
        if (maxDataAge.isNegative() || maxDataAge.isZero()) {
            throw new IllegalArgumentException("maxDataAge must be a positive ISO-8601 duration such as P7D or PT12H, not "
                    + maxDataAge);
        }
        nvdApiKey = blankToNull(nvdApiKey);
        nvdDatafeedUrl = blankToNull(nvdDatafeedUrl);
        if (updateValidForHours < 0) {
            throw new IllegalArgumentException("updateValidForHours must be 0 or more, not " + updateValidForHours);
        }
        TreeSet<String> analyzers = new TreeSet<>();
        for (String name : extraAnalyzers == null ? Set.<String>of() : extraAnalyzers) {
            if (!name.isBlank()) {
                analyzers.add(name.trim().toLowerCase(Locale.ROOT));
            }
        }
        extraAnalyzers = Set.copyOf(analyzers);
        if (nvdDatafeedUrl != null && !nvdDatafeedUrl.matches("(?i)(https?|file):.+")) {
            throw new IllegalArgumentException("the NVD datafeed URL must start with https://, http:// or file:, not '"
                    + nvdDatafeedUrl + "'");
        }
    }

    /**
     * The default data directory of NVD API data, shared by the user's projects:
     * {@code <local repository>/dev/backendbuilder/dependency-check-data/<database schema version>}.
     */
    public static Path defaultDataDirectory(Path localRepository) {
        String schema = new org.owasp.dependencycheck.utils.Settings().getString(
                org.owasp.dependencycheck.utils.Settings.KEYS.DB_VERSION, "unknown");
        return localRepository.resolve("dev").resolve("backendbuilder").resolve("dependency-check-data").resolve(schema);
    }

    /**
     * The default data directory for data from {@code nvdDatafeedUrl}: without a feed the shared NVD API directory
     * ({@link #defaultDataDirectory(Path)}); with one, a folder of its own inside it, named by the feed URL
     * ({@code datafeed-<hash>}), so that a mirror's or a fixture's data never becomes what NVD API scans (or scans
     * of another feed) judge with.
     */
    public static Path defaultDataDirectory(Path localRepository, String nvdDatafeedUrl) {
        Path shared = defaultDataDirectory(localRepository);
        if (nvdDatafeedUrl == null || nvdDatafeedUrl.isBlank()) {
            return shared;
        }
        String url = nvdDatafeedUrl.trim();
        url = url.endsWith("/") ? url : url + "/";
        return shared.resolve("datafeed-" + ScanCache.sha256(url).substring(0, 16));
    }

    /**
     * The default data directory of a build on a central database: Dependency-Check keeps only caches and
     * temporary files there, in a folder of its own ({@code central-<hash of the URL>}) beside the others.
     */
    public static Path centralDataDirectory(Path localRepository, CentralDatabase central) {
        return defaultDataDirectory(localRepository).resolve("central-" + ScanCache.sha256(central.displayUrl()).substring(0, 16));
    }

    /** What fills the database when this run updates it, as provenance says it ({@code the NVD API}). */
    public String sourceDescription() {
        return switch (dataSource()) {
            case NVD_API_KEY -> "the NVD API";
            case DATAFEED -> "the NVD datafeed " + nvdDatafeedUrl;
            case EXISTING_DATA -> null;
        };
    }

    /** Where the data is kept: the central database's URL, or the data directory. */
    public String location() {
        return central != null ? "the central database " + central.displayUrl() : dataDirectory.toString();
    }

    /** The source the data is taken from: a key first, then a datafeed, else the existing data. */
    public DataSource dataSource() {
        if (nvdApiKey != null) {
            return DataSource.NVD_API_KEY;
        }
        return nvdDatafeedUrl != null ? DataSource.DATAFEED : DataSource.EXISTING_DATA;
    }

    /** Whether this run may update the data: asked for, a source to update from, and not offline. */
    public boolean updates() {
        return autoUpdate && !offline && dataSource() != DataSource.EXISTING_DATA;
    }

    /** Everything that changes what a scan finds, for the result cache (the key itself is left out). */
    String fingerprint() {
        return "data=" + dataDirectory.toAbsolutePath().normalize() + ";source=" + dataSource() + ";feed=" + nvdDatafeedUrl
                + ";analyzers=" + new TreeSet<>(extraAnalyzers) + ";central=" + (central == null ? "" : central.displayUrl());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
