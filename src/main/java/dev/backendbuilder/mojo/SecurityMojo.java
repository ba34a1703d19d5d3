package dev.backendbuilder.mojo;

import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.design.Quality;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.security.CentralDatabase;
import dev.backendbuilder.security.CvssPolicy;
import dev.backendbuilder.security.CvssVersion;
import dev.backendbuilder.security.DependencyCheckSettings;
import dev.backendbuilder.security.NoVulnerabilityDataException;
import dev.backendbuilder.security.ScannedArtifact;
import dev.backendbuilder.security.SecurityCheck;
import dev.backendbuilder.security.SecurityToolException;
import dev.backendbuilder.security.SpotBugsSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The security gate: known vulnerabilities in the project's resolved dependencies (OWASP
 * Dependency-Check's engine and database) and security bugs in its compiled classes (SpotBugs with
 * Find Security Bugs, in a forked JVM). Writes {@code target/builder/security.json},
 * {@code security.html} and {@code security.sarif} (SARIF 2.1.0), and fails the build on a
 * vulnerability at or above {@code failOnCvss}, on a bug that is not in the baseline, and on an
 * expired suppression. No vulnerability data is never a pass.
 *
 * <p>Works on any Maven project; bind it in {@code verify}:
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.backendbuilder</groupId>
 *   <artifactId>builder-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>security</goal></goals>
 *       <configuration>
 *         <nvdDatafeedUrl>https://nvd-mirror.example.com/</nvdDatafeedUrl>
 *         <failOnCvss>7.0</failOnCvss>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "security", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class SecurityMojo extends AbstractGateMojo {

    /**
     * Skips the security gate (its result file says so).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.skip", defaultValue = "false")
    protected boolean securitySkip;

    /**
     * Fail on a dependency vulnerability whose counted CVSS score is at or above this value
     * (0.0–10.0; 11 never fails). Default: {@code quality.security.failOnCvss} of the design file
     * when there is one, else 7.0.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.failOnCvss")
    protected Double failOnCvss;

    /**
     * Which CVSS score of a vulnerability counts, as a comma-separated order of versions: the first
     * present counts. Example: {@code v3,v2} ignores CVSS v4.0 scores.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.cvssOrder", defaultValue = "v4,v3,v2")
    protected String cvssOrder;

    /**
     * The score a vulnerability without any CVSS score of {@code cvssOrder} counts as (0.0–10.0).
     * The default, 7.0, makes an unscored vulnerability fail under the default policy.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.unscoredCvss", defaultValue = "7.0")
    protected double unscoredCvss;

    /**
     * Whether missing vulnerability data (no database and nothing to fill it, or offline with an
     * empty one) stops the build with an error. {@code false} makes it a warning; the dependencies
     * are then not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.failOnNoData", defaultValue = "true")
    protected boolean failOnNoData;

    /**
     * Folder of the vulnerability database ({@code odc.mv.db}). Default: shared by all projects of
     * the user, {@code <local repository>/dev/backendbuilder/dependency-check-data/<schema version>},
     * so it survives {@code mvn clean}, travels with CI caches of the local repository, and a new
     * database schema gets a new folder. Builds may share it at the same time. Data from a datafeed
     * ({@code nvdDatafeedUrl}) is kept in a folder of its own inside it, {@code datafeed-<hash of the URL>},
     * so a mirror or a sample never becomes the data of NVD API scans.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.dataDirectory")
    protected File dataDirectory;

    /**
     * NVD API key. Prefer a {@code settings.xml} server (see {@code nvdApiServerId}) or the
     * environment variable {@code NVD_API_KEY}, which are looked at when this is not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.nvdApiKey")
    protected String nvdApiKey;

    /**
     * Id of the {@code settings.xml} server whose password is the NVD API key (may be encrypted):
     * <pre>{@code
     * <server>
     *   <id>nvd</id>
     *   <password>{encrypted key}</password>
     * </server>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.nvdApiServerId", defaultValue = "nvd")
    protected String nvdApiServerId;

    /**
     * NVD datafeed mirror, {@code https://…} or {@code file://…}: a folder with
     * {@code cache.properties}, {@code nvdcve-<year>.json.gz} and {@code nvdcve-modified.json.gz}
     * (as written by the Open Vulnerability CLI). Used when there is no API key.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.nvdDatafeedUrl")
    protected String nvdDatafeedUrl;

    /**
     * Update the vulnerability data from the API key or datafeed before scanning. Never under
     * {@code mvn -o}; without key and datafeed the database is used as it is.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.autoUpdate", defaultValue = "true")
    protected boolean autoUpdate;

    /**
     * The oldest vulnerability data a scan may judge with, as an ISO-8601 duration ({@code P7D},
     * {@code PT12H}). Data older than this after the update this run could make (none offline, with
     * {@code autoUpdate=false}, or without a source) makes the gate's status ERROR, with the data's age,
     * its source and the ways to get fresh data.
     *
     * @since 0.2.0
     */
    @Parameter(property = "builder.security.maxDataAge", defaultValue = "P7D")
    protected String maxDataAge;

    /**
     * A central Dependency-Check database on a PostgreSQL server, shared by many builds instead of
     * each one's H2 file: one job updates it (with an NVD API key or a datafeed), the others read it
     * ({@code -Dbuilder.security.autoUpdate=false}, or no key and no datafeed). The schema is created
     * once with Dependency-Check's {@code initialize_postgres.sql} (see the README). User and password
     * come from the {@code settings.xml} server {@code databaseServerId}, else from the environment
     * variables {@code BUILDER_SECURITY_DATABASE_USER} and {@code BUILDER_SECURITY_DATABASE_PASSWORD}.
     * <pre>{@code
     * <databaseUrl>jdbc:postgresql://db.example.com:5432/dependencycheck</databaseUrl>
     * }</pre>
     *
     * @since 0.2.0
     */
    @Parameter(property = "builder.security.databaseUrl")
    protected String databaseUrl;

    /**
     * Id of the {@code settings.xml} server holding the central database's user and password (may be encrypted):
     * <pre>{@code
     * <server>
     *   <id>builder.security.database</id>
     *   <username>dcuser</username>
     *   <password>{encrypted password}</password>
     * </server>
     * }</pre>
     *
     * @since 0.2.0
     */
    @Parameter(property = "builder.security.databaseServerId", defaultValue = "builder.security.database")
    protected String databaseServerId;

    /**
     * After an update check, skip further checks (and reuse an unchanged scan) for this many hours.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.updateValidForHours", defaultValue = "4")
    protected int updateValidForHours;

    /**
     * Dependency-Check analyzers that ask network services, switched on by name (all are off by
     * default): {@code central}, {@code ossindex}, {@code knownexploited}, {@code retirejs},
     * {@code hostedsuppressions}, … Example: {@code -Dbuilder.security.analyzers=central,knownexploited}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.analyzers")
    protected List<String> analyzers;

    /**
     * Scopes of the dependencies scanned for vulnerabilities. Test dependencies are left out by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.scopes", defaultValue = "compile,provided,runtime,system")
    protected List<String> scopes;

    /**
     * Leaves the dependency vulnerabilities out (the bytecode is still analysed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.dependencies.skip", defaultValue = "false")
    protected boolean dependenciesSkip;

    /**
     * Suppressions: accepted findings, each with a reason and an expiry date. An expired one fails
     * the build, an unused one warns. Absent file: nothing is suppressed.
     * <pre>
     * suppressions:
     *   - id: CVE-2015-7501
     *     dependency: commons-collections:commons-collections
     *     reason: Only signed, trusted input is deserialised (ADR-12)
     *     until: 2027-06-30
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.suppressions", defaultValue = "${project.basedir}/security-suppressions.yaml")
    protected File suppressions;

    /**
     * The design file whose {@code quality.security} section gives defaults (failOnCvss, SpotBugs threshold).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.design", defaultValue = "${project.basedir}/design.yaml")
    protected File design;

    /**
     * Leaves the bytecode analysis (SpotBugs) out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.skip", defaultValue = "false")
    protected boolean spotbugsSkip;

    /**
     * Heap of the forked SpotBugs JVM ({@code -Xmx}), e.g. {@code 2g} for large projects.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.maxHeap", defaultValue = "1g")
    protected String spotbugsMaxHeap;

    /**
     * SpotBugs is stopped after this many seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.timeout", defaultValue = "600")
    protected int spotbugsTimeout;

    /**
     * Lowest confidence reported: {@code high}, {@code medium} or {@code low}. Default:
     * {@code quality.security.spotbugs} of the design file, else {@code medium}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.threshold")
    protected String spotbugsThreshold;

    /**
     * Report bugs of rank 1 (scariest) up to this rank: 1–4 scariest, 5–9 scary, 10–14 troubling,
     * 15–20 of concern. The default, 14, leaves out the "of concern" ones; 20 reports all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.maxRank", defaultValue = "14")
    protected int spotbugsMaxRank;

    /**
     * Analysis effort: {@code min}, {@code default} or {@code max}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.effort", defaultValue = "max")
    protected String spotbugsEffort;

    /**
     * SpotBugs include filter file: only matching bugs are reported.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.includeFilter")
    protected File spotbugsIncludeFilter;

    /**
     * SpotBugs exclude filter file: matching bugs are not reported.
     * <pre>{@code
     * <FindBugsFilter>
     *   <Match><Class name="~.*\.generated\..*"/></Match>
     * </FindBugsFilter>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.excludeFilter")
    protected File spotbugsExcludeFilter;

    /**
     * Bug categories switched off. This is a security gate, so by default the categories that are
     * about style and performance are off: {@code STYLE,PERFORMANCE,I18N,EXPERIMENTAL,BAD_PRACTICE};
     * {@code SECURITY}, {@code CORRECTNESS}, {@code MALICIOUS_CODE} and {@code MT_CORRECTNESS} are
     * reported. An empty value ({@code -Dbuilder.security.spotbugs.excludeCategories=}) reports all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.excludeCategories", defaultValue = "STYLE,PERFORMANCE,I18N,EXPERIMENTAL,BAD_PRACTICE")
    protected List<String> spotbugsExcludeCategories;

    /**
     * Baseline of accepted bugs, matched by bug type, class and method (not by line):
     * <pre>
     * accepted:
     *   - bug: SQL_INJECTION_JDBC
     *     class: com.example.OrderDao
     *     method: findByName
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.baseline", defaultValue = "${project.basedir}/spotbugs-baseline.yaml")
    protected File spotbugsBaseline;

    /**
     * Rewrites the baseline from this run's bugs (then they pass); review the file before committing it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.security.spotbugs.updateBaseline", defaultValue = "false")
    protected boolean spotbugsUpdateBaseline;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Component
    protected SettingsDecrypter settingsDecrypter;

    @Override
    protected String area() {
        return "security";
    }

    @Override
    protected boolean areaSkipped() {
        return securitySkip;
    }

    @Override
    protected GateResult check() throws MojoExecutionException {
        Quality quality = quality();
        SecurityCheck.Request request;
        try {
            request = request(quality);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid builder:security configuration: " + e.getMessage() + ".", e);
        }
        quietDependencyCheck();
        try {
            return new SecurityCheck(Clock.systemDefaultZone(), getLog()::info).run(request).result();
        } catch (NoVulnerabilityDataException | SecurityToolException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Dependency-Check's loggers: its routine (downloads, each analyzer, its disclaimer) only under {@code mvn -X}. */
    static final String DEPENDENCY_CHECK_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.owasp.dependencycheck";

    /**
     * Dependency-Check logs through Maven's SLF4J logger at INFO: a dozen lines per scan and a
     * multi-line disclaimer whose continuation lines carry no level. The gate prints what it found;
     * the rest goes to DEBUG. Maven's simple logger reads a logger's level from the system properties
     * when the logger is made, so this must run before Dependency-Check's classes load; a level the
     * user set (-Dorg.slf4j.simpleLogger.log.org.owasp.dependencycheck=info) is kept.
     */
    private void quietDependencyCheck() {
        if (!getLog().isDebugEnabled() && System.getProperty(DEPENDENCY_CHECK_LOG_LEVEL) == null) {
            System.setProperty(DEPENDENCY_CHECK_LOG_LEVEL, "warn");
        }
    }

    SecurityCheck.Request request(Quality quality) throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<CvssVersion> order = new ArrayList<>();
        for (String version : cvssOrder.split(",")) {
            if (!version.isBlank()) {
                order.add(CvssVersion.parse(version));
            }
        }
        CvssPolicy policy = new CvssPolicy(failOnCvss != null ? failOnCvss : quality.failOnCvss(), order, unscoredCvss);
        DependencyCheckSettings dependencyCheck = dependenciesSkip ? null : dependencyCheckSettings();
        SpotBugsSettings spotBugs = spotbugsSkip ? null : new SpotBugsSettings(spotbugsClasspath(), findSecBugs(),
                spotbugsMaxHeap, Duration.ofSeconds(spotbugsTimeout),
                spotbugsThreshold != null ? spotbugsThreshold : quality.spotbugsThreshold(), spotbugsMaxRank, spotbugsEffort,
                path(spotbugsIncludeFilter), path(spotbugsExcludeFilter), new HashSet<>(list(spotbugsExcludeCategories)));
        Set<String> scanned = new HashSet<>();
        list(scopes).forEach(scope -> scanned.add(scope.trim().toLowerCase(Locale.ROOT)));
        List<ScannedArtifact> artifacts = new ArrayList<>();
        List<Path> aux = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null) {
                continue;
            }
            if (scanned.contains(artifact.getScope())) {
                artifacts.add(new ScannedArtifact(artifact.getGroupId() + ":" + artifact.getArtifactId() + ":"
                        + artifact.getBaseVersion() + (artifact.getClassifier() == null || artifact.getClassifier().isEmpty()
                                ? "" : ":" + artifact.getClassifier()), artifact.getFile().toPath()));
            }
            if (!Artifact.SCOPE_TEST.equals(artifact.getScope())) {
                aux.add(artifact.getFile().toPath());
            }
        }
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        return new SecurityCheck.Request(dependencyCheck, artifacts, failOnNoData, spotBugs,
                Path.of(project.getBuild().getOutputDirectory()), aux, policy, path(suppressions), path(spotbugsBaseline),
                spotbugsUpdateBaseline, basedir, project.getFile() == null ? basedir.resolve("pom.xml") : project.getFile().toPath(),
                sourceRoots, resultsDirectory.toPath(), plugin.getVersion());
    }

    DependencyCheckSettings dependencyCheckSettings() throws MojoExecutionException {
        String key = nvdApiKey;
        String source = key == null ? null : "builder.security.nvdApiKey";
        if (key == null || key.isBlank()) {
            key = serverKey();
            source = key == null ? null : "settings.xml server '" + nvdApiServerId + "'";
        }
        if (key == null || key.isBlank()) {
            key = System.getenv("NVD_API_KEY");
            source = key == null || key.isBlank() ? null : "the environment variable NVD_API_KEY";
        }
        CentralDatabase central = centralDatabase();
        Path data = dataDirectory != null ? dataDirectory.toPath()
                : central != null ? DependencyCheckSettings.centralDataDirectory(localRepository(), central)
                : DependencyCheckSettings.defaultDataDirectory(localRepository(), nvdDatafeedUrl);
        return new DependencyCheckSettings(data, key, source, nvdDatafeedUrl, autoUpdate, session.isOffline(),
                updateValidForHours, new HashSet<>(list(analyzers)), central, maxDataAge());
    }

    private Path localRepository() {
        return Path.of(session.getLocalRepository().getBasedir());
    }

    private Duration maxDataAge() {
        try {
            return Duration.parse(maxDataAge.trim());
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("builder.security.maxDataAge must be an ISO-8601 duration such as P7D, P30D or"
                    + " PT12H, not '" + maxDataAge + "'", e);
        }
    }

    /** The central database, with user and password from settings.xml or the environment; {@code null} without one. */
    private CentralDatabase centralDatabase() throws MojoExecutionException {
        if (databaseUrl == null || databaseUrl.isBlank()) {
            return null;
        }
        Server server = decryptedServer(databaseServerId, "central database credentials");
        if (server != null && server.getUsername() != null && !server.getUsername().isBlank()) {
            return new CentralDatabase(databaseUrl, server.getUsername(), server.getPassword(),
                    "the settings.xml server '" + databaseServerId + "'");
        }
        return new CentralDatabase(databaseUrl, System.getenv("BUILDER_SECURITY_DATABASE_USER"),
                System.getenv("BUILDER_SECURITY_DATABASE_PASSWORD"),
                "the environment variables BUILDER_SECURITY_DATABASE_USER and BUILDER_SECURITY_DATABASE_PASSWORD");
    }

    private String serverKey() throws MojoExecutionException {
        Server server = decryptedServer(nvdApiServerId, "NVD API key");
        String password = server == null ? null : server.getPassword();
        return password == null || password.isBlank() ? null : password;
    }

    /** The settings.xml server {@code id} with its password decrypted, or {@code null} when there is none. */
    private Server decryptedServer(String id, String what) throws MojoExecutionException {
        if (id == null || session.getSettings() == null) {
            return null;
        }
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            return null;
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the " + what + " of the settings.xml server '" + id
                        + "': " + problem.getMessage() + ". Check settings-security.xml or the server's password.");
            }
        }
        return result.getServer();
    }

    /**
     * The forked SpotBugs JVM's class path: the plugin's own resolved artifacts (SpotBugs and its
     * dependencies are among them, mediated with the rest, so all are taken) without the plugin jar.
     */
    private List<Path> spotbugsClasspath() {
        List<Path> classpath = new ArrayList<>();
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null && !artifact.getArtifactId().equals("findsecbugs-plugin")) {
                classpath.add(artifact.getFile().toPath());
            }
        }
        // Maven's core exports SLF4J to plugins, so its jar is not among the plugin's artifacts.
        Path slf4j = jarOf(org.slf4j.LoggerFactory.class);
        if (slf4j != null && !classpath.contains(slf4j)) {
            classpath.add(slf4j);
        }
        return classpath;
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private List<Path> findSecBugs() {
        return plugin.getArtifacts().stream().filter(a -> a.getArtifactId().equals("findsecbugs-plugin") && a.getFile() != null)
                .map(a -> a.getFile().toPath()).toList();
    }

    private Quality quality() throws MojoExecutionException {
        if (design == null || !design.isFile()) {
            return Quality.DEFAULT;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path file = design.toPath().toAbsolutePath().normalize();
        String display = file.startsWith(basedir) ? basedir.relativize(file).toString() : file.toString();
        try {
            return new DesignLoader().load(file, display).quality();
        } catch (DesignException e) {
            throw new MojoExecutionException(e.getMessage() + System.lineSeparator()
                    + "The security gate reads its defaults from the design file; fix it (mvn builder:validate lists every"
                    + " error) or point -Dbuilder.design at another file.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the design file " + display + ": " + e.getMessage() + ".", e);
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
