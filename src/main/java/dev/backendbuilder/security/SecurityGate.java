package dev.backendbuilder.security;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges what the tools found: the CVSS policy for vulnerabilities, every remaining bug fails,
 * suppressions and the baseline accept findings; an expired suppression is a violation and an
 * unused one a warning. Produces the {@link GateResult} and the items for SARIF and HTML.
 */
public final class SecurityGate {

    /** The area name of the gate. */
    public static final String AREA = "security";

    private final CvssPolicy policy;
    private final List<Suppression> suppressions;
    private final Baseline baseline;
    private final LocalDate today;
    private final String pom;
    private final Function<String, String> locateSource;
    private final java.util.Map<String, Integer> pomLines;

    /**
     * @param pom          the module's pom, relative ({@code pom.xml}): where dependency findings point
     * @param pomLines     line of each dependency declared in the pom, by {@code groupId:artifactId}
     * @param locateSource maps a SpotBugs source path ({@code com/example/Dao.java}) to a module-relative file
     */
    public SecurityGate(CvssPolicy policy, List<Suppression> suppressions, Baseline baseline, LocalDate today, String pom,
            java.util.Map<String, Integer> pomLines, Function<String, String> locateSource) {
        this.policy = policy;
        this.suppressions = List.copyOf(suppressions);
        this.baseline = baseline;
        this.today = today;
        this.pom = pom;
        this.locateSource = locateSource;
        this.pomLines = java.util.Map.copyOf(pomLines);
    }

    /**
     * The time of the verdict and what {@link VulnerabilityDataPolicy} said about the data.
     *
     * @param now       when the verdict is given (the data's age is taken at it)
     * @param objection why the data cannot back a verdict, or {@code null} when it can
     */
    public record DataJudgement(Instant now, String objection) {
    }

    /**
     * @param dependencies the Dependency-Check scan, or {@code null} when it did not run
     * @param noData       the no-data message when vulnerability data was missing and that only warns, else {@code null}
     * @param data         the age and objection of the scan's vulnerability data
     * @param bugs         SpotBugs findings, or {@code null} when it did not run
     * @param classes      how many class files SpotBugs analysed
     */
    public SecurityReport judge(DependencyScan dependencies, String noData, DataJudgement data, List<BugFinding> bugs,
            int classes, List<String> notes, List<String> evidence, long durationMillis) {
        List<Violation> violations = new ArrayList<>();
        List<SecurityReport.Item> items = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);
        Set<Suppression> used = new HashSet<>();
        List<String> summary = new ArrayList<>();

        if (noData != null) {
            violations.add(new Violation("security.data.missing", Level.WARN, noData, "no data", "vulnerability data", null));
            summary.add("no vulnerability data (dependencies not checked)");
        }
        List<String> allEvidence = new ArrayList<>(evidence);
        VulnerabilityData provenance = dependencies == null ? null : dependencies.data();
        if (dependencies != null) {
            allNotes.addAll(dependencies.notes());
            if (!dependencies.skipped().isEmpty()) {
                allNotes.add("Dependency-Check took no evidence from " + dependencies.skipped().size()
                        + plural(dependencies.skipped().size(), " file", " files") + " (no analyzer for their type): "
                        + String.join(", ", dependencies.skipped()) + ".");
            }
        }
        if (provenance != null) {
            allNotes.add("Vulnerability data: " + provenance.describe(data.now()) + ".");
            allEvidence.add("vulnerability database: " + provenance.location());
            Duration age = provenance.age(data.now());
            metrics.add(Metric.info("data.records", "vulnerability records in the database", provenance.records(), "count"));
            if (age != null) {
                metrics.add(Metric.info("data.ageHours", "age of the vulnerability data", age.toMinutes() / 60.0, "hours"));
            }
        }
        if (dependencies != null) {
            int failing = 0;
            int accepted = 0;
            double highest = 0;
            for (DependencyFinding finding : dependencies.findings()) {
                Vulnerability v = finding.vulnerability();
                CvssPolicy.Score score = policy.scoreOf(v);
                Suppression suppression = activeSuppression(s -> s.matchesVulnerability(v.id(), finding.dependency()), used);
                String text = finding.dependency() + ": " + v.id() + ", CVSS " + score.shown();
                int lastColon = finding.dependency().lastIndexOf(':');
                Integer line = pomLines.get(lastColon < 0 ? finding.dependency() : finding.dependency().substring(0, lastColon));
                String location = pom + (line == null ? "" : ":" + line);
                boolean fails = policy.fails(score);
                if (suppression != null) {
                    accepted++;
                    allNotes.add("Accepted " + v.id() + " in " + finding.dependency() + " until " + suppression.until() + ": "
                            + suppression.reason() + " (" + suppression.location() + ").");
                    items.add(new SecurityReport.Item(SecurityReport.Kind.VULNERABILITY, v.id(), SecurityReport.Outcome.ACCEPTED,
                            text, pom, line, score.value(), v.description(), suppression.reason()));
                    continue;
                }
                highest = Math.max(highest, score.value());
                String threshold = String.format(Locale.ROOT, "%.1f", policy.failOnCvss());
                if (fails) {
                    failing++;
                    violations.add(new Violation("security.vulnerability", Level.ERROR,
                            text + " is at or above failOnCvss " + threshold, score.shown(), "below " + threshold, location));
                } else {
                    violations.add(new Violation("security.vulnerability", Level.WARN,
                            text + " is below failOnCvss " + threshold, score.shown(), "below " + threshold, location));
                }
                items.add(new SecurityReport.Item(SecurityReport.Kind.VULNERABILITY, v.id(),
                        fails ? SecurityReport.Outcome.ERROR : SecurityReport.Outcome.WARNING,
                        text + (fails ? " (at or above failOnCvss " : " (below failOnCvss ") + threshold + ")", pom, line,
                        score.value(), v.description(), null));
            }
            int found = dependencies.findings().size();
            metrics.add(Metric.info("dependencies.scanned", "dependencies scanned", dependencies.scanned(), "count"));
            metrics.add(Metric.info("vulnerabilities.found", "vulnerabilities found", found, "count"));
            // held to 0, so that the verdict row names the CVSS threshold the scan was judged with
            metrics.add(new Metric("vulnerabilities.failing", "vulnerabilities at or above CVSS "
                    + String.format(Locale.ROOT, "%.1f", policy.failOnCvss()), failing, "count", 0.0, Bound.MAXIMUM));
            metrics.add(Metric.info("vulnerabilities.accepted", "vulnerabilities accepted by suppressions", accepted, "count"));
            metrics.add(Metric.info("vulnerabilities.highestCvss", "highest CVSS score not accepted", highest, "cvss"));
            summary.add(dependencies.scanned() + plural(dependencies.scanned(), " dependency", " dependencies") + ", "
                    + found + plural(found, " vulnerability", " vulnerabilities") + " (" + failing + " at or above CVSS "
                    + String.format(Locale.ROOT, "%.1f", policy.failOnCvss()) + ", " + accepted + " accepted)");
            if (provenance != null) {
                summary.add("NVD data from " + provenance.sourceOrUnknown() + ", " + provenance.updated(data.now()) + ", "
                        + provenance.recordCount());
            }
        }
        if (bugs != null) {
            int failing = 0;
            int accepted = 0;
            for (BugFinding bug : bugs) {
                String file = bug.sourcePath() == null ? null : locateSource.apply(bug.sourcePath());
                String location = file == null ? bug.className() : file + (bug.line() == null ? "" : ":" + bug.line());
                String text = bug.type() + " in " + bug.where() + ": " + bug.message() + " (rank " + bug.rank() + ", confidence "
                        + bug.confidence() + ")";
                Double severity = "SECURITY".equals(bug.category()) ? severityOfRank(bug.rank()) : null;
                Suppression suppression = activeSuppression(s -> s.matchesBug(bug.type(), bug.className()), used);
                String acceptance = suppression != null ? suppression.reason() + " (until " + suppression.until() + ")"
                        : baseline.accepts(bug) ? "in the baseline" : null;
                if (acceptance != null) {
                    accepted++;
                    items.add(new SecurityReport.Item(SecurityReport.Kind.BUG, bug.type(), SecurityReport.Outcome.ACCEPTED, text,
                            file, bug.line(), severity, bug.message(), acceptance));
                    continue;
                }
                failing++;
                violations.add(new Violation("security.bug", Level.ERROR, text, bug.type(), "no bug", location));
                items.add(new SecurityReport.Item(SecurityReport.Kind.BUG, bug.type(), SecurityReport.Outcome.ERROR, text, file,
                        bug.line(), severity, bug.message(), null));
            }
            for (Baseline.Entry entry : baseline.unused(bugs)) {
                String text = "baseline entry " + entry.bug() + " in " + entry.className()
                        + (entry.method() == null ? "" : "." + entry.method()) + " matches no finding any more; remove it";
                violations.add(new Violation("security.baseline.unused", Level.WARN, text, "unused", "used", entry.location()));
                items.add(acceptanceItem("builder.baseline.unused", SecurityReport.Outcome.WARNING, text, entry.location()));
            }
            metrics.add(Metric.info("bugs.classes", "classes analysed by SpotBugs", classes, "count"));
            metrics.add(Metric.info("bugs.found", "bugs found", bugs.size(), "count"));
            metrics.add(Metric.info("bugs.failing", "bugs not accepted", failing, "count"));
            metrics.add(Metric.info("bugs.accepted", "bugs accepted by the baseline or suppressions", accepted, "count"));
            summary.add(classes + plural(classes, " class", " classes") + ", " + bugs.size() + plural(bugs.size(), " bug", " bugs")
                    + " (" + failing + " not accepted, " + accepted + " accepted)");
        }
        for (Suppression suppression : suppressions) {
            if (suppression.expired(today)) {
                String text = "suppression of " + suppression.describe() + " expired on " + suppression.until() + " (reason was: "
                        + suppression.reason() + "); fix the finding, or review it and move 'until' forward";
                violations.add(new Violation("security.suppression.expired", Level.ERROR, text, "expired " + suppression.until(),
                        "not expired", suppression.location()));
                items.add(acceptanceItem("builder.suppression.expired", SecurityReport.Outcome.ERROR, text, suppression.location()));
            } else if (!used.contains(suppression) && (dependencies != null || bugs != null)) {
                String text = "suppression of " + suppression.describe() + " matches no finding; remove it";
                violations.add(new Violation("security.suppression.unused", Level.WARN, text, "unused", "used",
                        suppression.location()));
                items.add(acceptanceItem("builder.suppression.unused", SecurityReport.Outcome.WARNING, text, suppression.location()));
            }
        }
        GateResult result = data.objection() != null
                // the data cannot back a verdict: whatever was found is kept, but the gate did not measure
                ? new GateResult(GateResult.FORMAT_VERSION, AREA, Status.ERROR, data.objection(), metrics, violations,
                        allEvidence, allNotes, durationMillis)
                : GateResult.measured(AREA, String.join("; ", summary), metrics, violations, allEvidence, allNotes,
                        durationMillis);
        return new SecurityReport(result, items, provenance, policy.failOnCvss());
    }

    private Suppression activeSuppression(java.util.function.Predicate<Suppression> matches, Set<Suppression> used) {
        for (Suppression suppression : suppressions) {
            if (matches.test(suppression)) {
                used.add(suppression);
                if (!suppression.expired(today)) {
                    return suppression;
                }
            }
        }
        return null;
    }

    private static SecurityReport.Item acceptanceItem(String rule, SecurityReport.Outcome outcome, String text, String location) {
        int colon = location.lastIndexOf(':');
        String file = colon < 0 ? location : location.substring(0, colon);
        Integer line = colon < 0 ? null : Integer.valueOf(location.substring(colon + 1));
        return new SecurityReport.Item(SecurityReport.Kind.ACCEPTANCE, rule, outcome, text, file, line, null, text, null);
    }

    /** SpotBugs rank (1 scariest … 20) as a 0–10 severity: scariest 9.0, scary 7.0, troubling 5.0, of concern 3.0. */
    static double severityOfRank(int rank) {
        return rank <= 4 ? 9.0 : rank <= 9 ? 7.0 : rank <= 14 ? 5.0 : 3.0;
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
