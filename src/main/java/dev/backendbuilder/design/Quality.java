package dev.backendbuilder.design;

/**
 * Gate thresholds from the {@code quality} section, built-in defaults where the design is silent.
 * POM configuration overrides these.
 */
public record Quality(double coverageLine, double coverageBranch, double failOnCvss, String spotbugsThreshold, double maxRegression) {

    public static final Quality DEFAULT = new Quality(0.80, 0.80, 7.0, "medium", 0.10);
}
