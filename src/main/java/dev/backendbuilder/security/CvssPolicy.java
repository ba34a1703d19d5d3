package dev.backendbuilder.security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which score of a vulnerability counts and when it fails the gate: the first score present in
 * {@code order} counts (by default v4, then v3.x, then v2); a vulnerability with none of them
 * counts as {@code unscoredAs}; a counted score at or above {@code failOnCvss} fails.
 *
 * @param failOnCvss threshold, 0.0 to 10.0 (a value above 10 never fails)
 * @param order      the versions to look at, in order
 * @param unscoredAs what a vulnerability without any score of {@code order} counts as
 */
public record CvssPolicy(double failOnCvss, List<CvssVersion> order, double unscoredAs) {

    /** v4, then v3.x, then v2. */
    public static final List<CvssVersion> DEFAULT_ORDER = List.of(CvssVersion.V4, CvssVersion.V3, CvssVersion.V2);

    public CvssPolicy {
        if (Double.isNaN(failOnCvss) || failOnCvss < 0 || failOnCvss > 11) {
            throw new IllegalArgumentException("failOnCvss must lie between 0.0 and 11.0 (11 never fails), not " + failOnCvss);
        }
        if (Double.isNaN(unscoredAs) || unscoredAs < 0 || unscoredAs > 10) {
            throw new IllegalArgumentException("an unscored finding must count as a score between 0.0 and 10.0, not " + unscoredAs);
        }
        Objects.requireNonNull(order, "order");
        if (order.isEmpty()) {
            throw new IllegalArgumentException("the CVSS order names no version; use for example v4,v3,v2");
        }
        if (order.stream().distinct().count() != order.size()) {
            throw new IllegalArgumentException("the CVSS order names a version twice: " + order);
        }
        order = List.copyOf(order);
    }

    /** The score that counts for a vulnerability, and which CVSS version it is. */
    public record Score(double value, String version) {

        /** The version of an unscored finding. */
        public static final String UNSCORED = "unscored";

        /** {@code 9.8 (CVSS v3.1)}, or {@code unscored, counted as 7.0}. */
        public String shown() {
            String number = String.format(Locale.ROOT, "%.1f", value);
            return UNSCORED.equals(version) ? "unscored, counted as " + number : number + " (" + version + ")";
        }
    }

    /** The score that counts for {@code vulnerability} under this policy. */
    public Score scoreOf(Vulnerability vulnerability) {
        for (CvssVersion version : order) {
            switch (version) {
                case V4 -> {
                    if (vulnerability.cvssV4() != null) {
                        return new Score(vulnerability.cvssV4(), "CVSS v4.0");
                    }
                }
                case V3 -> {
                    if (vulnerability.cvssV3() != null) {
                        return new Score(vulnerability.cvssV3(), "CVSS v"
                                + (vulnerability.v3Version() == null ? "3" : vulnerability.v3Version()));
                    }
                }
                case V2 -> {
                    if (vulnerability.cvssV2() != null) {
                        return new Score(vulnerability.cvssV2(), "CVSS v2");
                    }
                }
            }
        }
        return new Score(unscoredAs, Score.UNSCORED);
    }

    /** Whether {@code score} fails the gate. */
    public boolean fails(Score score) {
        return score.value() >= failOnCvss;
    }
}
