package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.owasp.dependencycheck.utils.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyCheckRunnerTest {

    @TempDir
    Path temp;

    private DependencyCheckSettings feedSettings(String feedUrl, Path data) {
        return new DependencyCheckSettings(data, null, null, feedUrl, true, false, 4, Set.of());
    }

    @Test
    void scan_should_find_the_fixture_cve_in_commons_collections_3_2_1_from_a_file_datafeed() throws Exception {
        FixtureFeed fixture = new FixtureFeed().withCommonsCollectionsCve();
        String feed = fixture.writeTo(temp.resolve("feed"));

        DependencyScan scan;
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, temp.resolve("data")))) {
            scan = runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"), FixtureFeed.commonsCollections("3.2.2")));
        }

        assertThat(scan.scanned()).isEqualTo(2);
        assertThat(scan.findings()).extracting(DependencyFinding::dependency, f -> f.vulnerability().id())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("commons-collections:commons-collections:3.2.1", "CVE-2015-7501"));
        Vulnerability v = scan.findings().get(0).vulnerability();
        assertThat(v.cvssV3()).isEqualTo(9.8);
        assertThat(v.v3Version()).isEqualTo("3.1");
        assertThat(v.cvssV2()).isEqualTo(10.0);
        assertThat(v.cvssV4()).isNull();
        assertThat(scan.data()).isEqualTo(new VulnerabilityData("the NVD datafeed " + feed, temp.resolve("data").toString(),
            fixture.lastModified(), 1));
    }

    @Test
    void two_scans_sharing_one_empty_data_directory_at_the_same_time_should_both_finish_correctly() throws Exception {
        String feed = new FixtureFeed().withCommonsCollectionsCve().writeTo(temp.resolve("feed"));
        Path shared = temp.resolve("shared");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<DependencyScan>> scans = new ArrayList<>();
            for (String version : List.of("3.2.1", "3.2.2")) {
                scans.add(() -> {
                    try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, shared))) {
                        return runner.scan(List.of(FixtureFeed.commonsCollections(version)));
                    }
                });
            }
            List<Future<DependencyScan>> results = pool.invokeAll(scans);

            assertThat(results.get(0).get().findings()).extracting(f -> f.vulnerability().id()).containsExactly("CVE-2015-7501");
            assertThat(results.get(1).get().findings()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.resolve("odc.mv.db")).isRegularFile();
        assertThat(shared.resolve("odc.update.lock")).doesNotExist();
    }

    @Test
    void builds_locating_one_new_data_directory_at_the_same_time_should_all_find_it() throws Exception {
        // the race lost by one of two parallel builds in CI: Dependency-Check's own "exists() or mkdirs()" threw
        int builds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            for (int round = 0; round < 25; round++) {
                Path fresh = temp.resolve("round-" + round).resolve("nested").resolve("data");
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(builds);
                List<Callable<Path>> locate = new ArrayList<>();
                for (int i = 0; i < builds; i++) {
                    locate.add(() -> {
                        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings("file:/none", fresh))) {
                            start.await();
                            return runner.databaseFile();
                        }
                    });
                }
                for (Future<Path> located : pool.invokeAll(locate)) {
                    assertThat(located.get().getParent()).isEqualTo(fresh);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scan_should_use_an_existing_database_as_it_is_offline_and_without_a_source() throws Exception {
        String feed = new FixtureFeed().withCommonsCollectionsCve().writeTo(temp.resolve("feed"));
        Path data = temp.resolve("data");
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, data))) {
            runner.scan(List.of(FixtureFeed.commonsCollections("3.2.2")));
        }
        Files.delete(temp.resolve("feed/cache.properties"));

        for (DependencyCheckSettings settings : List.of(
                new DependencyCheckSettings(data, null, null, feed, true, true, 0, Set.of()),
                new DependencyCheckSettings(data, null, null, null, true, false, 0, Set.of()))) {
            DependencyScan scan;
            try (DependencyCheckRunner runner = new DependencyCheckRunner(settings)) {
                scan = runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1")));
            }
            assertThat(scan.findings()).hasSize(1);
            // the source the updating scan recorded travels with the database
            assertThat(scan.data().source()).isEqualTo("the NVD datafeed " + feed);
            assertThat(scan.data().records()).isEqualTo(1);
            assertThat(scan.notes().get(0)).isIn(
                "Vulnerability data from the NVD datafeed " + feed + " (not updated: Maven is offline), kept in " + data + ".",
                "Vulnerability data used as it is from " + data + " (no NVD API key or datafeed configured, so it is not updated).");
        }
    }

    @Test
    void scan_should_refuse_without_a_database_and_nothing_to_fill_it_listing_the_three_ways() throws Exception {
        Path data = temp.resolve("none");
        try (DependencyCheckRunner runner = new DependencyCheckRunner(
                new DependencyCheckSettings(data, null, null, null, true, false, 4, Set.of()))) {
            assertThatThrownBy(() -> runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"))))
                .isInstanceOf(NoVulnerabilityDataException.class)
                .hasMessageStartingWith("No vulnerability data: there is no database " + data.resolve("odc.mv.db")
                    + " and neither an NVD API key nor a datafeed is configured to fill it.")
                .hasMessageContaining("  1. an NVD API key: ")
                .hasMessageContaining("  2. an NVD datafeed mirror: ")
                .hasMessageContaining("  3. an existing database another build keeps up to date: -Dbuilder.security.dataDirectory="
                    + "<folder with odc.mv.db> (now " + data + "), or a central database:"
                    + " -Dbuilder.security.databaseUrl=jdbc:postgresql://<host>/<database>.");
        }
        try (DependencyCheckRunner runner = new DependencyCheckRunner(
                new DependencyCheckSettings(data, null, null, "file:///x/", false, false, 4, Set.of()))) {
            assertThatThrownBy(() -> runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"))))
                .hasMessageStartingWith("No vulnerability data: there is no database " + data.resolve("odc.mv.db")
                    + " and builder.security.autoUpdate=false.");
        }
    }

    @Test
    void scan_should_explain_a_datafeed_whose_timestamps_cannot_be_read_naming_the_value_and_the_fix() throws Exception {
        // seen in a real run: a feed copied without the build's filtering kept its placeholder
        String feed = new FixtureFeed().withCommonsCollectionsCve().lastModified("@feed.stamp@").writeTo(temp.resolve("feed"));
        Path data = temp.resolve("data");
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, data))) {
            assertThatThrownBy(() -> runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"))))
                .isInstanceOf(SecurityToolException.class)
                .hasMessageStartingWith("Dependency-Check failed: ")
                .hasMessageContaining("'@feed.stamp@' could not be parsed")
                .hasMessageEndingWith(" Check the datafeed URL or API key (a datafeed's cache.properties holds timestamps"
                    + " such as lastModifiedDate=2026-01-31T12:00:00Z), or set builder.security.autoUpdate=false to scan"
                    + " with the data in " + data + " as it is.");
        }
    }

    @Test
    void scan_should_explain_an_unreachable_datafeed_as_missing_data() throws Exception {
        Path data = temp.resolve("data");
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(temp.resolve("no-feed").toUri().toString(), data))) {
            assertThatThrownBy(() -> runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"))))
                .isInstanceOf(NoVulnerabilityDataException.class)
                .hasMessageStartingWith("No vulnerability data: the database in " + data + " holds no vulnerability data (the update failed: ");
        }
    }

    @Test
    void settings_should_switch_off_every_network_analyzer_and_data_source_unless_named() {
        Settings off = DependencyCheckRunner.toSettings(new DependencyCheckSettings(temp, null, null, null, true, false, 4, Set.of()));
        Settings on = DependencyCheckRunner.toSettings(new DependencyCheckSettings(temp, "key", "test", "https://m/", true, false,
            4, Set.of("Central", "knownexploited", "hostedsuppressions")));

        assertThat(DependencyCheckRunner.analyzerKeys()).contains("analyzer.central.enabled", "analyzer.ossindex.enabled",
            "analyzer.knownexploited.enabled", "analyzer.node.audit.enabled", "analyzer.retirejs.enabled");
        for (String key : List.of("analyzer.central.enabled", "analyzer.ossindex.enabled", "analyzer.knownexploited.enabled",
                "analyzer.node.audit.enabled", "analyzer.retirejs.enabled", "analyzer.nexus.enabled", "hosted.suppressions.enabled",
                "updater.versioncheck.enabled", "odc.autoupdate")) {
            assertThat(off.getBoolean(key, true)).as(key).isFalse();
        }
        assertThat(off.getBoolean("analyzer.jar.enabled", false)).isTrue();
        assertThat(off.getBoolean("analyzer.nvdcve.enabled", false)).isTrue();
        assertThat(on.getBoolean("analyzer.central.enabled", false)).isTrue();
        assertThat(on.getBoolean("analyzer.knownexploited.enabled", false)).isTrue();
        assertThat(on.getBoolean("hosted.suppressions.enabled", false)).isTrue();
        assertThat(on.getBoolean("analyzer.ossindex.enabled", true)).isFalse();
        assertThat(on.getString(Settings.KEYS.NVD_API_KEY)).isEqualTo("key");
        assertThat(on.getString(Settings.KEYS.NVD_API_DATAFEED_URL)).isNull();
    }

    @Test
    void settings_should_order_the_sources_key_then_feed_then_existing_data_and_check_the_feed_url() {
        assertThat(new DependencyCheckSettings(temp, "k", "s", "https://m/", true, false, 4, null).dataSource())
            .isEqualTo(DependencyCheckSettings.DataSource.NVD_API_KEY);
        assertThat(new DependencyCheckSettings(temp, " ", null, "file:///m/", true, false, 4, null).dataSource())
            .isEqualTo(DependencyCheckSettings.DataSource.DATAFEED);
        assertThat(new DependencyCheckSettings(temp, null, null, "", true, false, 4, null).updates()).isFalse();
        assertThatThrownBy(() -> new DependencyCheckSettings(temp, null, null, "ftp://m/", true, false, 4, null))
            .hasMessage("the NVD datafeed URL must start with https://, http:// or file:, not 'ftp://m/'");
        assertThatThrownBy(() -> new DependencyCheckSettings(temp, null, null, null, true, false, -1, null))
            .hasMessage("updateValidForHours must be 0 or more, not -1");
        assertThat(DependencyCheckSettings.defaultDataDirectory(Path.of("/repo")).toString())
            .startsWith("/repo/dev/backendbuilder/dependency-check-data/");
        assertThat(DependencyCheckRunner.describe(new IllegalStateException("outer", new RuntimeException("inner\n  text"))))
            .isEqualTo("outer: inner text");
    }

    @Test
    void scan_should_take_a_new_source_at_once_and_record_it_even_within_the_update_interval() throws Exception {
        Path data = temp.resolve("data");
        FixtureFeed first = new FixtureFeed().withCommonsCollectionsCve().lastModified("2026-11-30T00:00:00Z");
        String feedA = first.writeTo(temp.resolve("feed-a"));
        FixtureFeed second = new FixtureFeed().withCommonsCollectionsCve()
            .add(2016, FixtureFeed.resource("nvd/CVE-2015-7501.json").replace("CVE-2015-7501", "CVE-2016-0001"));
        String feedB = second.writeTo(temp.resolve("feed-b"));
        DependencyScan fromA;
        DependencyScan fromB;
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feedA, data))) {
            fromA = runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1")));
        }
        // updateValidForHours=4 would skip the check; the source changed, so it is made and recorded
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feedB, data))) {
            fromB = runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1")));
        }

        assertThat(fromA.data()).isEqualTo(new VulnerabilityData("the NVD datafeed " + feedA, data.toString(),
            "2026-11-30T00:00:00Z", 1));
        assertThat(fromB.data()).isEqualTo(new VulnerabilityData("the NVD datafeed " + feedB, data.toString(),
            second.lastModified(), 2));
        assertThat(fromB.findings()).extracting(f -> f.vulnerability().id()).containsExactly("CVE-2015-7501", "CVE-2016-0001");
    }

    @Test
    void default_data_directory_should_keep_every_datafeed_apart_from_the_nvd_api_data_and_from_each_other() {
        Path repo = Path.of("/repo");
        Path api = DependencyCheckSettings.defaultDataDirectory(repo);
        List<String> feeds = List.of("file:///work/examples/nvd-sample-feed/", "file:///work/it/feed/", "https://mirror.example.com/nvd/",
            "https://mirror.example.com/nvd2/");
        Set<Path> folders = new java.util.HashSet<>();
        for (String feed : feeds) {
            Path folder = DependencyCheckSettings.defaultDataDirectory(repo, feed);
            assertThat(folder.getParent()).isEqualTo(api);
            assertThat(folder.getFileName().toString()).matches("datafeed-[0-9a-f]{16}");
            // the same feed with or without its closing slash is one folder
            assertThat(DependencyCheckSettings.defaultDataDirectory(repo, feed.substring(0, feed.length() - 1))).isEqualTo(folder);
            folders.add(folder);
        }
        assertThat(folders).hasSize(feeds.size()).doesNotContain(api);
        assertThat(DependencyCheckSettings.defaultDataDirectory(repo, null)).isEqualTo(api);
        assertThat(DependencyCheckSettings.defaultDataDirectory(repo, " ")).isEqualTo(api);
    }

    @Test
    void scan_should_name_the_files_dependency_check_took_no_evidence_from_and_not_scan_when_it_took_none() throws Exception {
        String feed = new FixtureFeed().withCommonsCollectionsCve().writeTo(temp.resolve("feed"));
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a jar");
        ScannedArtifact notes = new ScannedArtifact("com.example:notes:1.0", text);
        DependencyScan partial;
        DependencyScan none;
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, temp.resolve("data")))) {
            partial = runner.scan(List.of(FixtureFeed.commonsCollections("3.2.1"), notes));
        }
        try (DependencyCheckRunner runner = new DependencyCheckRunner(feedSettings(feed, temp.resolve("data")))) {
            none = runner.scan(List.of(notes));
        }

        assertThat(partial.scanned()).isEqualTo(1);
        assertThat(partial.skipped()).containsExactly("com.example:notes:1.0 (notes.txt)");
        assertThat(partial.findings()).hasSize(1);
        assertThat(none.scanned()).isZero();
        assertThat(none.skipped()).containsExactly("com.example:notes:1.0 (notes.txt)");
        assertThat(none.data()).isNull();
    }

    @Test
    void central_database_should_be_a_postgresql_url_with_a_user_and_never_show_its_password() {
        CentralDatabase db = new CentralDatabase(" jdbc:postgresql://db:5432/dc?password=secret ", "dcuser", "pw", "test");
        assertThat(db.displayUrl()).isEqualTo("jdbc:postgresql://db:5432/dc");
        assertThat(db.toString()).doesNotContain("secret").doesNotContain("pw");
        assertThatThrownBy(() -> new CentralDatabase("jdbc:mysql://db/dc", "u", "p", "test"))
            .hasMessageStartingWith("builder.security.databaseUrl must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> new CentralDatabase("jdbc:postgresql://db/dc", " ", "p", "test"))
            .hasMessageContaining("BUILDER_SECURITY_DATABASE_USER");
        Settings settings = DependencyCheckRunner.toSettings(new DependencyCheckSettings(temp, null, null, null, false, false, 4,
            Set.of(), db, null));
        assertThat(settings.getString(Settings.KEYS.DB_CONNECTION_STRING)).isEqualTo("jdbc:postgresql://db:5432/dc?password=secret");
        assertThat(settings.getString(Settings.KEYS.DB_DRIVER_NAME)).isEqualTo("org.postgresql.Driver");
        assertThat(settings.getString(Settings.KEYS.DB_USER)).isEqualTo("dcuser");
        assertThat(settings.getString(SourceRecorder.SETTING)).isNull();
        assertThatThrownBy(() -> new DependencyCheckSettings(temp, null, null, null, true, false, 4, Set.of(), null,
            java.time.Duration.ZERO)).hasMessageStartingWith("maxDataAge must be a positive ISO-8601 duration");
    }
}
