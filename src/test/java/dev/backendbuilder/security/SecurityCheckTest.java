package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check on real tools: the fixture feed, real jars, classes compiled here, the cache. */
class SecurityCheckTest {

    @TempDir
    Path temp;

    private final List<String> log = new ArrayList<>();
    private final Clock clock = Clock.systemUTC();

    private SecurityCheck.Request request(DependencyCheckSettings dc, List<ScannedArtifact> artifacts, boolean failOnNoData,
            SpotBugsSettings spotBugs, boolean updateBaseline) {
        return new SecurityCheck.Request(dc, artifacts, failOnNoData, spotBugs, temp.resolve("module/target/classes"),
            List.of(), new CvssPolicy(7.0, CvssPolicy.DEFAULT_ORDER, 7.0), temp.resolve("module/security-suppressions.yaml"),
            temp.resolve("module/spotbugs-baseline.yaml"), updateBaseline, temp.resolve("module"),
            temp.resolve("module/pom.xml"), List.of(temp.resolve("module/src/main/java")), temp.resolve("module/target/builder"),
            "0.1.0-TEST");
    }

    @Test
    void run_should_scan_analyse_and_reuse_both_results_while_nothing_changed() throws Exception {
        String feed = new FixtureFeed().withCommonsCollectionsCve().writeTo(temp.resolve("feed"));
        DependencyCheckSettings dc = new DependencyCheckSettings(temp.resolve("data"), null, null, feed, true, false, 4, Set.of());
        Compiled.classes(temp.resolve("module/target"), Map.of("com/example/Tokens.java", Compiled.TOKENS));
        Files.createDirectories(temp.resolve("module/src/main/java/com/example"));
        Files.writeString(temp.resolve("module/src/main/java/com/example/Tokens.java"), Compiled.TOKENS);
        SpotBugsSettings spotBugs = SpotBugsRunnerTest.settings("512m", Duration.ofMinutes(5), Set.of("BAD_PRACTICE"));
        SecurityCheck.Request request = request(dc, List.of(FixtureFeed.commonsCollections("3.2.1")), true, spotBugs, false);

        SecurityReport first = new SecurityCheck(clock, log::add).run(request);
        long start = System.nanoTime();
        SecurityReport second = new SecurityCheck(clock, log::add).run(request);
        long secondMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(first.result().status()).isEqualTo(Status.FAILED);
        assertThat(first.result().errors()).extracting(v -> v.message()).containsExactly(
            "commons-collections:commons-collections:3.2.1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0",
            "PREDICTABLE_RANDOM in com.example.Tokens.newToken: This random generator (java.util.Random) is predictable"
                + " (rank 12, confidence medium)");
        assertThat(first.result().errors().get(1).location()).isEqualTo("src/main/java/com/example/Tokens.java:8");
        assertThat(first.result().summary()).contains("; NVD data from the NVD datafeed " + feed + ", updated ", ", 1 record; 1 class");
        assertThat(log).anyMatch(line -> line.startsWith("Vulnerability data: NVD data from the NVD datafeed " + feed + ", updated "));
        assertThat(second.result().violations()).isEqualTo(first.result().violations());
        assertThat(log).containsSubsequence(
            "Scanning 1 dependency file(s) with OWASP Dependency-Check (data in " + temp.resolve("data") + ")",
            "Analysing 1 class file(s) with SpotBugs and Find Security Bugs (forked JVM, -Xmx512m)",
            "Dependencies unchanged since the last scan and the vulnerability data is the same: reusing its result (1 finding(s)).",
            "Classes unchanged since the last analysis: reusing its result (1 bug(s)).");
        assertThat(secondMillis).isLessThan(2000);
        assertThat(temp.resolve("module/target/builder/security.sarif")).isRegularFile();
        assertThat(first.result().evidence()).containsExactly("target/builder/security.html", "target/builder/security.sarif",
            "vulnerability database: " + temp.resolve("data"));
        assertThat(Files.readString(temp.resolve("module/target/builder/security.sarif")))
            .contains("\"failOnCvss\" : 7.0", "\"source\" : \"the NVD datafeed " + feed + "\"", "\"records\" : 1");

        // a changed class is analysed again
        Compiled.classes(temp.resolve("module/target"), Map.of("com/example/Tokens.java", Compiled.TOKENS.replace("newToken", "token")));
        log.clear();
        new SecurityCheck(clock, log::add).run(request);
        assertThat(log).contains("Analysing 1 class file(s) with SpotBugs and Find Security Bugs (forked JVM, -Xmx512m)");
    }

    @Test
    void run_should_stop_without_data_or_only_warn_when_told() throws Exception {
        DependencyCheckSettings offline = new DependencyCheckSettings(temp.resolve("empty"), null, null,
            "file:///nowhere/", true, true, 4, Set.of());
        List<ScannedArtifact> artifacts = List.of(FixtureFeed.commonsCollections("3.2.2"));

        assertThatThrownBy(() -> new SecurityCheck(clock, log::add).run(request(offline, artifacts, true, null, false)))
            .isInstanceOf(NoVulnerabilityDataException.class)
            .hasMessageStartingWith("No vulnerability data: there is no database " + temp.resolve("empty/odc.mv.db")
                + " and Maven is offline (-o), so none is downloaded.");

        SecurityReport warned = new SecurityCheck(clock, log::add).run(request(offline, artifacts, false, null, false));
        assertThat(warned.result().status()).isEqualTo(Status.WARNED);
        assertThat(warned.result().notes()).contains("Bytecode not analysed (builder.security.spotbugs.skip=true).");
    }

    @Test
    void run_should_skip_what_is_switched_off_or_absent_and_write_the_baseline_on_request() throws Exception {
        SecurityReport nothing = new SecurityCheck(clock, log::add).run(request(null, List.of(), true,
            SpotBugsRunnerTest.settings("512m", Duration.ofMinutes(5), Set.of()), false));
        assertThat(nothing.result().status()).isEqualTo(Status.SKIPPED);
        assertThat(nothing.result().notes()).containsExactly("Nothing was analysed, so nothing can pass:"
            + " Dependency vulnerabilities not checked (builder.security.dependencies.skip=true)."
            + " Bytecode not analysed: no compiled classes in " + temp.resolve("module/target/classes") + ".");
        Files.createDirectories(temp.resolve("module/target/classes/META-INF"));
        Files.writeString(temp.resolve("module/target/classes/META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
        DependencyCheckSettings noData = new DependencyCheckSettings(temp.resolve("none"), null, null, null, true, false, 4, Set.of());
        SecurityReport empty = new SecurityCheck(clock, log::add).run(request(noData, List.of(), true,
            SpotBugsRunnerTest.settings("512m", Duration.ofMinutes(5), Set.of()), false));
        assertThat(empty.result().status()).isEqualTo(Status.SKIPPED);
        assertThat(empty.result().summary()).isEqualTo("Nothing was analysed, so nothing can pass:"
            + " No dependencies in the scanned scopes: no vulnerability scan needed."
            + " Bytecode not analysed: no class files in target/classes.");

        DependencyCheckSettings dc = new DependencyCheckSettings(temp.resolve("data"), null, null, null, true, false, 4, Set.of());
        Compiled.classes(temp.resolve("module/target"), Map.of("com/example/OrderDao.java", Compiled.SQL_DAO));
        SecurityReport accepted = new SecurityCheck(clock, log::add).run(request(dc, List.of(), true,
            SpotBugsRunnerTest.settings("512m", Duration.ofMinutes(5), Set.of()), true));

        assertThat(accepted.result().status()).isEqualTo(Status.PASSED);
        assertThat(accepted.result().notes()).contains("No dependencies in the scanned scopes: no vulnerability scan needed.");
        assertThat(Files.readString(temp.resolve("module/spotbugs-baseline.yaml")))
            .contains("  - bug: SQL_INJECTION_JDBC\n    class: com.example.OrderDao\n    method: exists\n");
        assertThat(log).anyMatch(line -> line.startsWith("Wrote ") && line.endsWith(" to spotbugs-baseline.yaml; review and commit it."));
    }

    @Test
    void run_should_give_an_error_not_a_pass_on_data_older_than_maxDataAge_keeping_what_it_found() throws Exception {
        String feed = new FixtureFeed().withCommonsCollectionsCve().lastModified("2025-01-01T00:00:00Z").writeTo(temp.resolve("feed"));
        DependencyCheckSettings dc = new DependencyCheckSettings(temp.resolve("data"), null, null, feed, true, false, 4, Set.of(),
            null, Duration.ofDays(7));

        SecurityReport report = new SecurityCheck(clock, log::add).run(request(dc, List.of(FixtureFeed.commonsCollections("3.2.2")),
            true, null, false));

        assertThat(report.result().status()).isEqualTo(Status.ERROR);
        assertThat(report.result().summary()).startsWith("The vulnerability data cannot back a verdict: it is ")
            .contains(" days old (last modified 2025-01-01T00:00:00Z), older than builder.security.maxDataAge P7D, and this run's"
                + " update from the NVD datafeed " + feed + " brought nothing newer");
        assertThat(report.result().failureMessage()).startsWith("security gate could not run: The vulnerability data cannot");
        assertThat(report.result().metrics()).extracting(m -> m.name()).contains("data.records", "data.ageHours",
            "dependencies.scanned");
    }

    @Test
    void run_should_stop_on_a_malformed_filter_file_naming_it_and_the_parsers_message() throws Exception {
        Compiled.classes(temp.resolve("module/target"), Map.of("com/example/Tokens.java", Compiled.TOKENS));
        Map<String, String> broken = Map.of(
            "<FindBugsFilter><Match><Class name=\"x\"/></Match>", "line 1, column 49: XML document structures must start and end"
                + " within the same entity.",
            "<FindBugsFilter><Mtch><Class name=\"x\"/></Mtch></FindBugsFilter>", "line 1, column 23: SpotBugs does not know the"
                + " element <Mtch> (it would ignore it)",
            "<Filter><Match/></Filter>", "line 1, column 9: the root element is <Filter>, not <FindBugsFilter>.");
        for (Map.Entry<String, String> filter : broken.entrySet()) {
            Path file = Files.writeString(temp.resolve("exclude.xml"), filter.getKey());
            SpotBugsSettings withFilter = new SpotBugsSettings(Compiled.spotbugsClasspath(), Compiled.findSecBugs(), "512m",
                Duration.ofMinutes(1), "low", 20, "default", null, file, Set.of());

            assertThatThrownBy(() -> new SecurityCheck(clock, log::add).run(request(null, List.of(), true, withFilter, false)))
                .isInstanceOf(SecurityToolException.class)
                .hasMessageStartingWith("The SpotBugs filter file " + file + " (builder.security.spotbugs.excludeFilter) is malformed: "
                    + filter.getValue());
        }
        Path regex = Files.writeString(temp.resolve("regex.xml"), "<FindBugsFilter><Match><Class name=\"~[x\"/></Match></FindBugsFilter>");
        SpotBugsSettings withRegex = new SpotBugsSettings(Compiled.spotbugsClasspath(), Compiled.findSecBugs(), "512m",
            Duration.ofMinutes(1), "low", 20, "default", regex, null, Set.of());
        assertThatThrownBy(() -> new SecurityCheck(clock, log::add).run(request(null, List.of(), true, withRegex, false)))
            .hasMessageStartingWith("The SpotBugs filter file " + regex + " (builder.security.spotbugs.includeFilter) is malformed: ")
            .hasMessageContaining("Unclosed character class");
    }

    @Test
    void run_should_name_a_missing_filter_file() throws Exception {
        Compiled.classes(temp.resolve("module/target"), Map.of("com/example/Tokens.java", Compiled.TOKENS));
        SpotBugsSettings withFilter = new SpotBugsSettings(Compiled.spotbugsClasspath(), Compiled.findSecBugs(), "512m",
            Duration.ofMinutes(1), "low", 20, "default", temp.resolve("missing.xml"), null, Set.of());

        assertThatThrownBy(() -> new SecurityCheck(clock, log::add).run(request(null, List.of(), true, withFilter, false)))
            .isInstanceOf(SecurityToolException.class)
            .hasMessage("The SpotBugs filter file " + temp.resolve("missing.xml") + " does not exist. Fix"
                + " builder.security.spotbugs.includeFilter.");
    }
}
