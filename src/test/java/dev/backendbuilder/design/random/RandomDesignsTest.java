package dev.backendbuilder.design.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The design generator itself: every design it makes is valid, and together they cover the design space. */
class RandomDesignsTest {

    private static final int SEEDS = 1000;

    @Test
    void a_thousand_seeds_give_valid_designs_that_cover_the_design_space() {
        DesignLoader loader = new DesignLoader();
        List<String> refused = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            String yaml = RandomDesigns.yaml(seed);
            try {
                seen.addAll(DesignCensus.of(loader.parse(yaml, "design.yaml")));
            } catch (DesignException e) {
                refused.add("seed " + seed + ":\n" + e.getMessage() + "\n" + yaml);
            }
        }
        assertThat(refused).as("designs the validator refused").isEmpty();
        assertThat(seen).as("what 1000 random designs contain").containsAll(DesignCensus.expected());
    }

    @Test
    void a_seed_always_gives_the_same_design() {
        assertThat(RandomDesigns.yaml(42)).isEqualTo(RandomDesigns.yaml(42)).isNotEqualTo(RandomDesigns.yaml(43));
    }

    @Test
    void options_name_the_app_force_performance_entries_and_leave_features_out() {
        RandomDesigns.Options options = RandomDesigns.Options.DEFAULT.withAppName("rnd-one").withPerformance(true);
        int withPerformance = 0;
        for (long seed = 0; seed < 50; seed++) {
            String yaml = RandomDesigns.yaml(seed, options);
            assertThat(yaml).contains("name: rnd-one");
            withPerformance += yaml.contains("performance:") ? 1 : 0;
            String plain = RandomDesigns.yaml(seed, new RandomDesigns.Options(null, false, Set.of(Feature.values())));
            assertThat(plain).doesNotContain("performance:").doesNotContain("java: 21").doesNotContain("java: 25")
                .doesNotContain(" size:").doesNotContain("Table:").doesNotContain("unique: true, values");
        }
        assertThat(withPerformance).as("designs with a resource get a performance entry").isGreaterThan(40);
    }

    @Test
    void an_unknown_feature_name_is_refused_with_the_known_ones() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feature.parse("framework-type-names,sizes"))
            .hasMessageContaining("unknown design feature 'sizes'").hasMessageContaining("query-parameter-names");
        assertThat(Feature.parse(" self-references ,performance")).containsExactlyInAnyOrder(Feature.SELF_REFERENCES, Feature.PERFORMANCE);
    }
}
