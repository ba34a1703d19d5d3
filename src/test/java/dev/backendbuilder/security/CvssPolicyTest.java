package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CvssPolicyTest {

    private static final Vulnerability ALL = new Vulnerability("CVE-1", "d", 8.7, 9.8, "3.1", 10.0);
    private static final Vulnerability V3_AND_V2 = new Vulnerability("CVE-2", "d", null, 5.3, "3.0", 7.5);
    private static final Vulnerability V2_ONLY = new Vulnerability("CVE-3", null, null, null, null, 4.3);
    private static final Vulnerability NONE = new Vulnerability("CVE-4", "d", null, null, null, null);

    private final CvssPolicy policy = new CvssPolicy(7.0, CvssPolicy.DEFAULT_ORDER, 7.0);

    @Test
    void scoreOf_should_take_v4_then_v3_then_v2_by_default() {
        assertThat(policy.scoreOf(ALL).shown()).isEqualTo("8.7 (CVSS v4.0)");
        assertThat(policy.scoreOf(V3_AND_V2).shown()).isEqualTo("5.3 (CVSS v3.0)");
        assertThat(policy.scoreOf(V2_ONLY).shown()).isEqualTo("4.3 (CVSS v2)");
    }

    @Test
    void scoreOf_should_follow_a_configured_order_and_ignore_versions_left_out() {
        CvssPolicy v2First = new CvssPolicy(7.0, List.of(CvssVersion.V2, CvssVersion.V3), 0.0);

        assertThat(v2First.scoreOf(ALL).shown()).isEqualTo("10.0 (CVSS v2)");
        assertThat(v2First.scoreOf(V3_AND_V2).value()).isEqualTo(7.5);
        assertThat(new CvssPolicy(7.0, List.of(CvssVersion.V4), 0.0).scoreOf(V3_AND_V2).shown())
            .isEqualTo("unscored, counted as 0.0");
    }

    @Test
    void scoreOf_should_count_an_unscored_finding_as_configured() {
        assertThat(policy.scoreOf(NONE).shown()).isEqualTo("unscored, counted as 7.0");
        assertThat(policy.fails(policy.scoreOf(NONE))).isTrue();
        assertThat(new Vulnerability("CVE-5", "d", null, 9.0, null, null)).satisfies(v ->
            assertThat(policy.scoreOf(v).shown()).isEqualTo("9.0 (CVSS v3)"));
    }

    @Test
    void fails_should_hold_at_the_threshold_and_above_only() {
        assertThat(policy.fails(new CvssPolicy.Score(7.0, "CVSS v3.1"))).isTrue();
        assertThat(policy.fails(new CvssPolicy.Score(6.9, "CVSS v3.1"))).isFalse();
        assertThat(new CvssPolicy(11, CvssPolicy.DEFAULT_ORDER, 10).fails(new CvssPolicy.Score(10, "CVSS v2"))).isFalse();
    }

    @Test
    void constructor_should_refuse_out_of_range_values_and_bad_orders() {
        assertThatThrownBy(() -> new CvssPolicy(-1, CvssPolicy.DEFAULT_ORDER, 7))
            .hasMessage("failOnCvss must lie between 0.0 and 11.0 (11 never fails), not -1.0");
        assertThatThrownBy(() -> new CvssPolicy(7, CvssPolicy.DEFAULT_ORDER, 10.5))
            .hasMessage("an unscored finding must count as a score between 0.0 and 10.0, not 10.5");
        assertThatThrownBy(() -> new CvssPolicy(7, List.of(), 7))
            .hasMessage("the CVSS order names no version; use for example v4,v3,v2");
        assertThatThrownBy(() -> new CvssPolicy(7, List.of(CvssVersion.V3, CvssVersion.V3), 7))
            .hasMessage("the CVSS order names a version twice: [V3, V3]");
    }

    @Test
    void parse_should_read_versions_as_users_write_them() {
        assertThat(CvssVersion.parse(" v4 ")).isEqualTo(CvssVersion.V4);
        assertThat(CvssVersion.parse("V3")).isEqualTo(CvssVersion.V3);
        assertThat(CvssVersion.parse("2")).isEqualTo(CvssVersion.V2);
        assertThatThrownBy(() -> CvssVersion.parse("v5")).hasMessage("unknown CVSS version 'v5'; use v4, v3 or v2");
    }
}
