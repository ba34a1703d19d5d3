package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.security.DependencyCheckSettings;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * builder:security through the Plugin Testing Harness, with a hand-made project (real dependency
 * jars from target/scan-fixtures) and a fixture NVD feed; SpotBugs is left out here (its forked run
 * is covered by the engine tests and the ITs).
 */
@MojoTest
class SecurityMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";
    private static final String BASE = "/dev/backendbuilder/mojo/security-project";

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    private void setUp(SecurityMojo mojo, boolean offline, Settings settings, Artifact... artifacts) throws Exception {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("demo");
        model.setVersion("1.0");
        Build build = new Build();
        build.setDirectory(temp.resolve("target").toString());
        build.setOutputDirectory(temp.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(temp.resolve("pom.xml").toFile());
        project.setArtifacts(new LinkedHashSet<>(List.of(artifacts)));
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setOffline(offline);
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(), request,
            new DefaultMavenExecutionResult());
        if (settings != null) {
            MojoExtension.setVariableValueToObject(session, "settings", settings);
        }
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion("0.1.0-TEST");
        plugin.setArtifacts(List.of());
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "session", session);
        MojoExtension.setVariableValueToObject(mojo, "plugin", plugin);
        MojoExtension.setVariableValueToObject(mojo, "resultsDirectory", temp.resolve("target/builder").toFile());
        MojoExtension.setVariableValueToObject(mojo, "suppressions", temp.resolve("security-suppressions.yaml").toFile());
        MojoExtension.setVariableValueToObject(mojo, "spotbugsBaseline", temp.resolve("spotbugs-baseline.yaml").toFile());
        MojoExtension.setVariableValueToObject(mojo, "design", temp.resolve("design.yaml").toFile());
        MojoExtension.setVariableValueToObject(mojo, "dataDirectory", temp.resolve("nvd-data").toFile());
        MojoExtension.setVariableValueToObject(mojo, "spotbugsSkip", true);
        mojo.setLog(log);
    }

    private static Artifact jar(String version, String scope) {
        DefaultArtifact artifact = new DefaultArtifact("commons-collections", "commons-collections", version, scope, "jar", null,
            new DefaultArtifactHandler("jar"));
        artifact.setFile(new File("target/scan-fixtures/commons-collections-" + version + ".jar").getAbsoluteFile());
        return artifact;
    }

    /** A one-CVE NVD feed (the fixture record of the engine tests) as a file: URL. */
    private String feed() throws Exception {
        Path folder = temp.resolve("feed");
        Files.createDirectories(folder);
        String cve;
        try (var in = getClass().getResourceAsStream("/dev/backendbuilder/security/nvd/CVE-2015-7501.json")) {
            cve = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        gzip(folder.resolve("nvdcve-2015.json.gz"), "{\"vulnerabilities\":[{\"cve\":" + cve + "}]}");
        gzip(folder.resolve("nvdcve-modified.json.gz"), "{\"vulnerabilities\":[]}");
        // stamped now: the data is fresh whenever the test runs
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        Files.writeString(folder.resolve("cache.properties"), "lastModifiedDate=" + now + "\n"
            + "lastModifiedDate.modified=" + now + "\nlastModifiedDate.2015=" + now + "\n");
        return folder.toUri().toString();
    }

    private static void gzip(Path file, String text) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private GateResult result() throws Exception {
        return new ResultStore(temp.resolve("target/builder")).read("security").orElseThrow();
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_fail_on_a_compile_dependency_and_leave_test_dependencies_out(SecurityMojo mojo) throws Exception {
        setUp(mojo, false, null, jar("3.2.1", "compile"));
        MojoExtension.setVariableValueToObject(mojo, "nvdDatafeedUrl", feed());

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoFailureException.class)
            .hasMessageStartingWith("security gate failed with 1 violation:" + System.lineSeparator() + "  - commons-collections:"
                + "commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0 (pom.xml)"
                + System.lineSeparator() + "Details: ")
            .hasMessageEndingWith("set builder.deferFailures=true (builder:report bound after the checks).");
        assertThat(result().status()).isEqualTo(Status.FAILED);

        setUp(mojo, false, null, jar("3.2.1", "test"), jar("3.2.2", "runtime"));
        mojo.execute();
        assertThat(result().status()).isEqualTo(Status.PASSED);
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[INFO] security gate passed: 1 dependency, 0 vulnerabilities"
            + " (0 at or above CVSS 7.0, 0 accepted); NVD data from the NVD datafeed file:") && line.endsWith(", 1 record"));
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_only_warn_without_data_when_failOnNoData_is_false(SecurityMojo mojo) throws Exception {
        setUp(mojo, true, null, jar("3.2.1", "compile"));
        MojoExtension.setVariableValueToObject(mojo, "failOnNoData", false);

        mojo.execute();

        assertThat(result().status()).isEqualTo(Status.WARNED);
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[WARNING] No vulnerability data: there is no database "));
        assertThat(log.lines()).contains("[INFO] security gate warned: no vulnerability data (dependencies not checked)");
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_stop_with_the_three_ways_when_there_is_no_data(SecurityMojo mojo) throws Exception {
        setUp(mojo, true, null, jar("3.2.1", "compile"));

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessageContaining("Get data in one of three ways:");
        assertThat(result().status()).isEqualTo(Status.ERROR);
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_refuse_a_bad_configuration_and_a_broken_design_with_what_to_do(SecurityMojo mojo) throws Exception {
        setUp(mojo, true, null);
        MojoExtension.setVariableValueToObject(mojo, "cvssOrder", "v4,v5");
        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessage("Invalid builder:security configuration: unknown CVSS version 'v5'; use v4, v3 or v2.");

        MojoExtension.setVariableValueToObject(mojo, "cvssOrder", "v3");
        MojoExtension.setVariableValueToObject(mojo, "maxDataAge", "7 days");
        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessage("Invalid builder:security configuration: builder.security.maxDataAge must be an ISO-8601 duration"
                + " such as P7D, P30D or PT12H, not '7 days'.");
        MojoExtension.setVariableValueToObject(mojo, "maxDataAge", "P7D");
        MojoExtension.setVariableValueToObject(mojo, "databaseUrl", "jdbc:mysql://db/dc");
        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("Invalid builder:security configuration: builder.security.databaseUrl must be a PostgreSQL"
                + " JDBC URL (jdbc:postgresql://<host>:<port>/<database>), not 'jdbc:mysql://db/dc'");
        MojoExtension.setVariableValueToObject(mojo, "databaseUrl", null);
        Files.writeString(temp.resolve("design.yaml"), "version: 1\nquality: [\n");
        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessageContaining("The security gate reads its defaults from the design file; fix it");
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_take_the_api_key_from_the_settings_server_and_the_data_directory_from_the_parameter(SecurityMojo mojo)
            throws Exception {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("nvd");
        server.setPassword("secret-key");
        settings.addServer(server);
        setUp(mojo, true, settings);

        DependencyCheckSettings dc = mojo.dependencyCheckSettings();

        assertThat(dc.nvdApiKey()).isEqualTo("secret-key");
        assertThat(dc.nvdApiKeySource()).isEqualTo("settings.xml server 'nvd'");
        assertThat(dc.dataSource()).isEqualTo(DependencyCheckSettings.DataSource.NVD_API_KEY);
        assertThat(dc.offline()).isTrue();
        assertThat(dc.updates()).isFalse();
        assertThat(dc.dataDirectory()).isEqualTo(temp.resolve("nvd-data"));

        MojoExtension.setVariableValueToObject(mojo, "nvdApiKey", "from-pom");
        assertThat(mojo.dependencyCheckSettings().nvdApiKeySource()).isEqualTo("builder.security.nvdApiKey");

        // the central database's user and password from the settings.xml server builder.security.database
        Server database = new Server();
        database.setId("builder.security.database");
        database.setUsername("dcuser");
        database.setPassword("db-secret");
        settings.addServer(database);
        MojoExtension.setVariableValueToObject(mojo, "databaseUrl", "jdbc:postgresql://db.example.com/dependencycheck");
        DependencyCheckSettings central = mojo.dependencyCheckSettings();
        assertThat(central.central()).isEqualTo(new dev.backendbuilder.security.CentralDatabase(
            "jdbc:postgresql://db.example.com/dependencycheck", "dcuser", "db-secret", "the settings.xml server 'builder.security.database'"));
        assertThat(central.location()).isEqualTo("the central database jdbc:postgresql://db.example.com/dependencycheck");
    }

    @Test
    @Basedir(BASE)
    @InjectMojo(goal = "security", pom = POM)
    void security_should_record_a_skip(SecurityMojo mojo) throws Exception {
        setUp(mojo, true, null);
        MojoExtension.setVariableValueToObject(mojo, "securitySkip", true);

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:security (builder.security.skip=true)");
        assertThat(result().status()).isEqualTo(Status.SKIPPED);
        assertThat(List.of(mojo.area(), mojo.goal())).containsExactly("security", "security");
    }
}
