package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        String feed = new FixtureFeed().withCommonsCollectionsCve().writeTo(temp.resolve("feed"));

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
        assertThat(scan.dataAsOf()).isEqualTo("2025-01-01T00:00:00Z");
    }
}
