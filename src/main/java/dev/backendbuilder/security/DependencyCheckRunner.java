package dev.backendbuilder.security;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.owasp.dependencycheck.Engine;
import org.owasp.dependencycheck.data.nvdcve.DatabaseManager;
import org.owasp.dependencycheck.data.nvdcve.DatabaseProperties;
import org.owasp.dependencycheck.data.update.exception.UpdateException;
import org.owasp.dependencycheck.dependency.Dependency;
import org.owasp.dependencycheck.exception.ExceptionCollection;
import org.owasp.dependencycheck.exception.NoDataException;
import org.owasp.dependencycheck.utils.Downloader;
import org.owasp.dependencycheck.utils.InvalidSettingException;
import org.owasp.dependencycheck.utils.Settings;

/**
 * Dependency-Check's engine over a set of resolved dependency files: settings → engine → findings.
 * Only the analyzers that work on local files and the local database run (jar, archive, file name,
 * hints, CPE, NVD CVE, version filter, false positives, bundling, merging, the bundled suppressions);
 * every analyzer or data source that asks another network service (Central, OSS Index, KEV, RetireJS,
 * npm/yarn/pnpm audit, hosted suppressions, version check, …) is off unless named in
 * {@link DependencyCheckSettings#extraAnalyzers()}.
 *
 * <p>The data directory may be shared by builds running at the same time: Dependency-Check takes
 * an exclusive lock file ({@code odc.update.lock}) around updates and scans a private copy of the
 * database. With a {@link CentralDatabase} the data lives on a server instead (Dependency-Check's
 * central database mode): builds that update write to it, the others only read.
 *
 * <p>Every scan reads the data's provenance ({@link VulnerabilityData}): the source an updating build
 * recorded ({@link SourceRecorder}), the last modification and the number of records.
 */
public final class DependencyCheckRunner implements AutoCloseable {

    /** Analyzers that need nothing but the files and the local database. */
    private static final Set<String> LOCAL_ANALYZERS = Set.of(
            "analyzer.archive.enabled", "analyzer.jar.enabled", "analyzer.filename.enabled", "analyzer.hint.enabled",
            "analyzer.cpe.enabled", "analyzer.cpesuppression.enabled", "analyzer.nvdcve.enabled",
            "analyzer.versionfilter.enabled", "analyzer.falsepositive.enabled", "analyzer.dependencybundling.enabled",
            "analyzer.dependencymerging.enabled", "analyzer.vulnerabilitysuppression.enabled");

    private final DependencyCheckSettings config;
    private final Settings settings;
    private Engine engine;

    public DependencyCheckRunner(DependencyCheckSettings config) throws SecurityToolException {
        this.config = config;
        this.settings = toSettings(config);
        try {
            Downloader.getInstance().configure(settings);
        } catch (InvalidSettingException e) {
            settings.cleanup(true);
            throw new SecurityToolException("Dependency-Check rejected its download settings: " + e.getMessage(), e);
        }
    }

    /** The Dependency-Check settings this runner uses (package-private for tests). */
    Settings settings() {
        return settings;
    }

    static Settings toSettings(DependencyCheckSettings config) {
        Settings settings = new Settings();
        for (String key : analyzerKeys()) {
            String name = key.substring("analyzer.".length(), key.length() - ".enabled".length());
            settings.setBoolean(key, LOCAL_ANALYZERS.contains(key) || config.extraAnalyzers().contains(name));
        }
        settings.setBoolean(Settings.KEYS.ANALYZER_EXPERIMENTAL_ENABLED, false);
        settings.setBoolean(Settings.KEYS.ANALYZER_RETIRED_ENABLED, false);
        settings.setBoolean(Settings.KEYS.HOSTED_SUPPRESSIONS_ENABLED, config.extraAnalyzers().contains("hostedsuppressions"));
        settings.setBoolean(Settings.KEYS.UPDATE_VERSION_CHECK_ENABLED, false);
        settings.setString(Settings.KEYS.DATA_DIRECTORY, config.dataDirectory().toAbsolutePath().toString());
        settings.setBoolean(Settings.KEYS.AUTO_UPDATE, config.updates());
        settings.setInt(Settings.KEYS.NVD_API_VALID_FOR_HOURS, config.updateValidForHours());
        if (config.dataSource() == DependencyCheckSettings.DataSource.NVD_API_KEY) {
            settings.setString(Settings.KEYS.NVD_API_KEY, config.nvdApiKey());
        } else if (config.dataSource() == DependencyCheckSettings.DataSource.DATAFEED) {
            settings.setString(Settings.KEYS.NVD_API_DATAFEED_URL, config.nvdDatafeedUrl());
        }
        if (config.updates()) {
            settings.setString(SourceRecorder.SETTING, config.sourceDescription());
        }
        CentralDatabase central = config.central();
        if (central != null) {
            settings.setString(Settings.KEYS.DB_CONNECTION_STRING, central.url());
            settings.setString(Settings.KEYS.DB_DRIVER_NAME, CentralDatabase.POSTGRESQL_DRIVER);
            settings.setString(Settings.KEYS.DB_USER, central.user());
            settings.setString(Settings.KEYS.DB_PASSWORD, central.password() == null ? "" : central.password());
        }
        return settings;
    }

    /** Every {@code analyzer.*.enabled} key Dependency-Check knows, read from its key constants. */
    static List<String> analyzerKeys() {
        List<String> keys = new ArrayList<>();
        for (Field field : Settings.KEYS.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && field.getName().startsWith("ANALYZER_") && field.getName().endsWith("_ENABLED")) {
                try {
                    String key = (String) field.get(null);
                    if (key.startsWith("analyzer.") && key.endsWith(".enabled")
                            && !key.equals(Settings.KEYS.ANALYZER_EXPERIMENTAL_ENABLED)
                            && !key.equals(Settings.KEYS.ANALYZER_RETIRED_ENABLED)) {
                        keys.add(key);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read Dependency-Check setting " + field.getName(), e);
                }
            }
        }
        keys.sort(null);
        return keys;
    }

    /** Whether the data lives in a central database on a server rather than in the data directory. */
    public boolean central() {
        return config.central() != null;
    }

    /** The H2 database file in the data directory (not used with a central database). */
    public Path databaseFile() throws SecurityToolException {
        createDataDirectory();
        try {
            return DatabaseManager.getH2DataFile(settings).toPath();
        } catch (IOException e) {
            throw new SecurityToolException("Cannot locate the vulnerability database in " + config.dataDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    /*
     * Dependency-Check creates its data directory with "exists() or mkdirs()", which fails for whichever of two
     * parallel builds loses the race to create it; Files.createDirectories accepts a directory that appeared meanwhile.
     */
    private void createDataDirectory() throws SecurityToolException {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new SecurityToolException("Cannot create the vulnerability data directory " + config.dataDirectory()
                    + ": " + e.getMessage() + ". Point builder.security.dataDirectory at a writable folder.", e);
        }
    }

    /**
     * Updates the data when the settings allow it, then scans {@code artifacts}.
     *
     * @throws NoVulnerabilityDataException when there is no data to scan with
     * @throws SecurityToolException        when the engine fails (update or analysis error)
     */
    public DependencyScan scan(List<ScannedArtifact> artifacts) throws NoVulnerabilityDataException, SecurityToolException {
        List<String> notes = new ArrayList<>();
        notes.add(describeSource());
        if (!config.updates() && !central() && !Files.isRegularFile(databaseFile())) {
            throw new NoVulnerabilityDataException(whyNoDatabase(), config.dataDirectory());
        }
        createDataDirectory();
        engine = new Engine(DependencyCheckRunner.class.getClassLoader(), settings);
        Map<String, String> coordinatesByPath = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (ScannedArtifact artifact : artifacts) {
            File file = artifact.file().toFile();
            coordinatesByPath.put(file.getAbsolutePath(), artifact.coordinates());
            List<Dependency> taken = engine.scan(file, artifact.coordinates());
            if (taken == null || taken.isEmpty()) {
                skipped.add(artifact.coordinates() + " (" + file.getName() + ")");
            }
        }
        if (skipped.size() == artifacts.size()) {
            // nothing to analyse: Dependency-Check would pass on no evidence at all
            return new DependencyScan(0, skipped, List.of(), null, notes);
        }
        try {
            engine.analyzeDependencies();
        } catch (ExceptionCollection e) {
            NoVulnerabilityDataException noData = noData(e);
            if (noData != null) {
                throw noData;
            }
            throw failure(e);
        } catch (RuntimeException e) {
            // Dependency-Check lets some failures escape unwrapped, such as a datafeed whose cache.properties
            // holds a timestamp it cannot parse: report them as its failure, with advice, not as a plugin crash
            throw failure(List.of(e), config.updates(), e);
        }
        return new DependencyScan(artifacts.size() - skipped.size(), skipped, findings(coordinatesByPath), provenance(), notes);
    }

    private String describeSource() {
        return switch (config.dataSource()) {
            case NVD_API_KEY -> "Vulnerability data from the NVD API (key from " + config.nvdApiKeySource() + ")"
                    + (config.updates() ? "" : updateOff()) + ", kept in " + config.dataDirectory() + ".";
            case DATAFEED -> "Vulnerability data from the NVD datafeed " + config.nvdDatafeedUrl()
                    + (config.updates() ? "" : updateOff()) + ", kept in " + config.dataDirectory() + ".";
            case EXISTING_DATA -> "Vulnerability data used as it is from " + config.location()
                    + " (no NVD API key or datafeed configured, so it is not updated).";
        };
    }

    private String updateOff() {
        return config.offline() ? " (not updated: Maven is offline)" : " (not updated: builder.security.autoUpdate=false)";
    }

    private String whyNoDatabase() throws SecurityToolException {
        String missing = "there is no database " + databaseFile();
        if (config.offline()) {
            return missing + " and Maven is offline (-o), so none is downloaded";
        }
        if (config.dataSource() == DependencyCheckSettings.DataSource.EXISTING_DATA) {
            return missing + " and neither an NVD API key nor a datafeed is configured to fill it";
        }
        return missing + " and builder.security.autoUpdate=false";
    }

    private NoVulnerabilityDataException noData(ExceptionCollection collection) {
        List<Throwable> causes = collection.getExceptions();
        for (Throwable cause : causes) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof NoDataException) {
                    String why = (central() ? config.location() : "the database in " + config.dataDirectory())
                            + " holds no vulnerability data";
                    String update = causes.stream().filter(UpdateException.class::isInstance).map(DependencyCheckRunner::describe)
                            .findFirst().map(m -> " (the update failed: " + m + ")").orElse("");
                    return new NoVulnerabilityDataException(why + update
                            + (config.offline() ? " and Maven is offline (-o), so none is downloaded" : ""), config.dataDirectory());
                }
            }
        }
        return null;
    }

    private SecurityToolException failure(ExceptionCollection collection) {
        List<Throwable> causes = collection.getExceptions();
        return failure(causes, causes.stream().anyMatch(UpdateException.class::isInstance),
                causes.isEmpty() ? collection : causes.get(0));
    }

    private SecurityToolException failure(List<Throwable> causes, boolean update, Throwable cause) {
        String messages = causes.stream().map(DependencyCheckRunner::describe).distinct()
                .collect(Collectors.joining("; "));
        String advice = central() && !update
                ? " Check builder.security.databaseUrl (" + config.central().displayUrl() + "), the user '"
                        + config.central().user() + "' and its password (from " + config.central().credentialsSource()
                        + "), and that the database holds Dependency-Check's schema (its data/initialize_postgres.sql,"
                        + " see the README's Security gate section)."
                : update
                ? " Check the datafeed URL or API key (a datafeed's cache.properties holds timestamps such as"
                        + " lastModifiedDate=2026-01-31T12:00:00Z), or set builder.security.autoUpdate=false to scan with"
                        + " the data in " + config.dataDirectory() + " as it is."
                : " Delete " + config.dataDirectory() + " to rebuild the database if it is corrupt.";
        return new SecurityToolException("Dependency-Check failed: " + messages + "." + advice, cause);
    }

    /** The message of a failure and of its causes, without repeats. */
    static String describe(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                parts.add(t.getMessage().strip().replaceAll("\\s+", " "));
            }
        }
        return parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
    }

    /**
     * Source, last modification and size of the data the engine scanned with, read in one transaction on a
     * connection of its own (the engine's database has no count), so that the figures belong together even
     * while another build updates a central database.
     */
    private VulnerabilityData provenance() throws SecurityToolException {
        DatabaseManager manager = null;
        try {
            manager = new DatabaseManager(settings);
            manager.open();
            try (Connection connection = manager.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                java.util.Properties properties = new java.util.Properties();
                long records;
                try (Statement statement = connection.createStatement()) {
                    // "value" is a reserved word in H2: the two columns (id, value) by position
                    try (ResultSet rows = statement.executeQuery("SELECT * FROM properties")) {
                        while (rows.next()) {
                            if (rows.getString(2) != null) {
                                properties.setProperty(rows.getString(1), rows.getString(2));
                            }
                        }
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM vulnerability")) {
                        records = rows.next() ? rows.getLong(1) : 0;
                    }
                }
                connection.commit();
                ZonedDateTime modified = DatabaseProperties.getTimestamp(properties, DatabaseProperties.NVD_CACHE_LAST_MODIFIED);
                ZonedDateTime api = DatabaseProperties.getTimestamp(properties, DatabaseProperties.NVD_API_LAST_MODIFIED);
                ZonedDateTime latest = modified == null ? api : api == null || modified.isAfter(api) ? modified : api;
                return new VulnerabilityData(properties.getProperty(SourceRecorder.PROPERTY), config.location(),
                        latest == null ? null : latest.toInstant().toString(), records);
            } finally {
                manager.close();
            }
        } catch (SQLException | RuntimeException e) {
            throw new SecurityToolException("Cannot read the provenance of the vulnerability data in " + config.location()
                    + ": " + describe(e) + ".", e);
        } finally {
            if (manager != null) {
                manager.cleanup();
            }
        }
    }

    private List<DependencyFinding> findings(Map<String, String> coordinatesByPath) {
        Set<DependencyFinding> findings = new LinkedHashSet<>();
        for (Dependency dependency : engine.getDependencies()) {
            List<Dependency> all = new ArrayList<>();
            all.add(dependency);
            all.addAll(dependency.getRelatedDependencies());
            for (Dependency one : all) {
                String coordinates = coordinatesByPath.get(new File(one.getActualFilePath()).getAbsolutePath());
                List<String> owners = coordinates != null ? List.of(coordinates) : List.copyOf(one.getProjectReferences());
                for (org.owasp.dependencycheck.dependency.Vulnerability v : dependency.getVulnerabilities()) {
                    for (String owner : owners) {
                        findings.add(new DependencyFinding(owner, one.getFileName(), toVulnerability(v)));
                    }
                }
            }
        }
        return findings.stream()
                .sorted(Comparator.comparing(DependencyFinding::dependency).thenComparing(f -> f.vulnerability().id()))
                .toList();
    }

    static Vulnerability toVulnerability(org.owasp.dependencycheck.dependency.Vulnerability v) {
        Double v4 = v.getCvssV4() == null || v.getCvssV4().getCvssData() == null ? null : v.getCvssV4().getCvssData().getBaseScore();
        Double v3 = v.getCvssV3() == null || v.getCvssV3().getCvssData() == null ? null : v.getCvssV3().getCvssData().getBaseScore();
        String v3Version = v3 == null || v.getCvssV3().getCvssData().getVersion() == null ? null
                : v.getCvssV3().getCvssData().getVersion().toString();
        Double v2 = v.getCvssV2() == null || v.getCvssV2().getCvssData() == null ? null : v.getCvssV2().getCvssData().getBaseScore();
        return new Vulnerability(v.getName(), v.getDescription(), v4, v3, v3Version, v2);
    }

    @Override
    public void close() {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            engine = null;
            settings.cleanup(true);
        }
    }
}
