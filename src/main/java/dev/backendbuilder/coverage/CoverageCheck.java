package dev.backendbuilder.coverage;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;

/**
 * The coverage gate: merge the exec files, analyse the classes, write JaCoCo's reports, apply the
 * rules and the new-code minimum, and say it all as a {@link GateResult} plus lines for the log.
 * Plain Java; the mojo only gathers the settings.
 */
public final class CoverageCheck {

    /** The gate's area and result file name. */
    public static final String AREA = "coverage";
    /** How many least-covered classes a failure lists. */
    public static final int LEAST_COVERED = 10;

    /**
     * What to measure and how to judge it.
     *
     * @param bundleName       name of the bundle in reports (the module, or the reactor root)
     * @param base             the project folder; messages and evidence name files relative to it
     * @param modules          the modules measured (one, or the reactor when aggregating)
     * @param execFiles        the exec files found
     * @param execDescription  where exec files were looked for, for the "no data" message
     * @param rules            the rules
     * @param filter           classes left out by name
     * @param reportFolder     where JaCoCo's HTML and XML reports go
     * @param sourceEncoding   encoding of the sources shown in the HTML report
     * @param newCode          the new-code check, or {@code null}
     */
    public record Settings(String bundleName, Path base, List<CoverageAnalysis.Module> modules, List<Path> execFiles,
            String execDescription, List<CoverageRule> rules, ClassFilter filter, Path reportFolder,
            String sourceEncoding, NewCode newCode) {

        public Settings {
            modules = List.copyOf(modules);
            execFiles = List.copyOf(execFiles);
            rules = List.copyOf(rules);
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * New-code coverage settings.
     *
     * @param reference    the git reference the merge-base is taken with
     * @param minimum      minimum covered share of the changed coverable lines
     * @param minimumLines fewer changed coverable lines than this are too few to judge
     */
    public record NewCode(String reference, double minimum, int minimumLines) {
    }

    /**
     * The gate's result and what the log should say besides the figures.
     *
     * @param result       the gate result
     * @param details      lines for the log (new code, exclusions, rules with nothing to check)
     * @param leastCovered the least-covered classes with their figures, worst first
     */
    public record Outcome(GateResult result, List<String> details, List<String> leastCovered) {
    }

    /** Runs the gate; a broken input is a {@link CoverageException} naming the file and what to do. */
    public Outcome run(Settings settings) throws CoverageException {
        long start = System.nanoTime();
        List<String> details = new ArrayList<>();
        ExecutionData data = ExecutionData.read(settings.execFiles(), settings.base());
        CoverageAnalysis analysis = CoverageAnalysis.analyse(settings.bundleName(), settings.modules(), data,
                settings.filter(), settings.base());
        if (!analysis.hasCode()) {
            String why = analysis.excludedClasses().isEmpty()
                    ? "no classes to measure in " + classFolders(settings) + "; coverage not checked"
                    : "no classes to measure: all " + analysis.excludedClasses().size()
                            + " classes are left out by builder.coverage.excludes; coverage not checked";
            return new Outcome(GateResult.skipped(AREA, why), List.of(), List.of());
        }
        if (settings.execFiles().isEmpty()) {
            return new Outcome(GateResult.skipped(AREA, "no execution data: no file matches "
                    + settings.execDescription() + " (tests skipped or not run, or builder:prepare-coverage not bound);"
                    + " coverage not checked"), List.of(), List.of());
        }
        if (!analysis.staleClasses().isEmpty()) {
            List<String> stale = analysis.staleClasses();
            throw new CoverageException("The execution data does not match " + stale.size()
                    + (stale.size() == 1 ? " class (" : " classes (") + listed(stale)
                    + "): the exec files were recorded from an older build of "
                    + (stale.size() == 1 ? "it" : "them") + " (stale exec file). Rebuild with 'mvn clean verify' so"
                    + " that tests and classes come from the same build.");
        }
        IBundleCoverage bundle = analysis.bundle();
        try {
            CoverageReports.write(analysis, data, settings.modules(), settings.sourceEncoding(), settings.reportFolder());
        } catch (IOException e) {
            throw new CoverageException("Cannot write the coverage reports to "
                    + DisplayPaths.show(settings.base(), settings.reportFolder()) + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }

        List<Metric> metrics = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (RuleChecker.LimitResult limit : new RuleChecker().check(bundle, settings.rules())) {
            judge(limit, metrics, violations, details);
        }
        if (settings.newCode() != null) {
            newCode(settings, bundle, metrics, violations, details);
        }
        for (CounterType counter : CounterType.values()) {
            ICounter figures = bundle.getCounter(counter.entity());
            if (figures.getTotalCount() > 0) {
                metrics.add(Metric.info("bundle." + counter.word() + ".covered", counter.plural() + " covered",
                        figures.getCoveredCount(), "count"));
                metrics.add(Metric.info("bundle." + counter.word() + ".total", counter.plural() + " in total",
                        figures.getTotalCount(), "count"));
            }
        }
        List<IClassCoverage> least = leastCovered(bundle);
        List<String> leastLines = new ArrayList<>();
        for (IClassCoverage type : least) {
            String name = RuleChecker.dotted(type.getName());
            metrics.add(Metric.info("class." + name + ".line", "line coverage of class " + name,
                    type.getLineCounter().getCoveredRatio(), "ratio"));
            leastLines.add(name + ": line " + figure(type.getLineCounter()) + ", branch " + figure(type.getBranchCounter()));
        }
        if (!analysis.excludedClasses().isEmpty()) {
            details.add(analysis.excludedClasses().size() + (analysis.excludedClasses().size() == 1 ? " class" : " classes")
                    + " left out by builder.coverage.excludes");
        }
        List<String> evidence = List.of(
                DisplayPaths.show(settings.base(), settings.reportFolder().resolve(CoverageReports.HTML)),
                DisplayPaths.show(settings.base(), settings.reportFolder().resolve(CoverageReports.XML)));
        String summary = "line " + ratio(bundle.getLineCounter()) + ", branch " + ratio(bundle.getBranchCounter())
                + " (" + analysis.analysedClasses() + (analysis.analysedClasses() == 1 ? " class file, " : " class files, ")
                + data.files().size()
                + (data.files().size() == 1 ? " exec file)" : " exec files)");
        GateResult result = GateResult.measured(AREA, summary, metrics, violations, evidence, details,
                (System.nanoTime() - start) / 1_000_000);
        return new Outcome(result, List.copyOf(details), List.copyOf(leastLines));
    }

    private static void judge(RuleChecker.LimitResult result, List<Metric> metrics, List<Violation> violations,
            List<String> details) {
        Limit limit = result.limit();
        CoverageRule rule = result.rule();
        String key = "coverage." + rule.element().name().toLowerCase(Locale.ROOT) + "." + limit.counter().word()
                + (limit.value() == ValueType.COVEREDRATIO ? "" : "." + limit.value().name().toLowerCase(Locale.ROOT));
        if (result.checked() == 0) {
            details.add(limit.label() + ": no " + limit.counter().plural() + " to measure"
                    + (rule.element() == ElementType.BUNDLE ? "" : " in any matching " + rule.element().word())
                    + "; not checked");
            return;
        }
        for (Bound bound : Bound.values()) {
            Double threshold = bound == Bound.MINIMUM ? limit.minimum() : limit.maximum();
            if (threshold == null) {
                continue;
            }
            String suffix = limit.minimum() != null && limit.maximum() != null ? "." + bound.name().toLowerCase(Locale.ROOT) : "";
            String label = rule.element() == ElementType.BUNDLE ? limit.label()
                    : (bound == Bound.MINIMUM ? "lowest " : "highest ") + limit.label() + " of a " + rule.element().word()
                            + " (" + result.worst().name() + ")";
            String name = key.substring("coverage.".length()) + (rule.element() == ElementType.BUNDLE ? "" : ".worst") + suffix;
            metrics.add(new Metric(name, label, result.worstValue(), limit.value().isRatio() ? "ratio" : "count",
                    threshold, bound));
        }
        for (RuleChecker.Breach breach : result.breaches()) {
            violations.add(new Violation(key, rule.level(), result.message(breach),
                    limit.showFigure(breach.value(), breach.bound()), Limit.show(breach.threshold()),
                    rule.element() == ElementType.BUNDLE ? null : breach.element().describe()));
        }
    }

    private static void newCode(Settings settings, IBundleCoverage bundle, List<Metric> metrics,
            List<Violation> violations, List<String> details) throws CoverageException {
        NewCode newCode = settings.newCode();
        ChangedLines changes = ChangedLines.since(settings.base(), newCode.reference());
        List<Path> roots = settings.modules().stream().flatMap(m -> m.sourceRoots().stream()).toList();
        NewCodeCoverage measured = NewCodeCoverage.measure(bundle, changes, roots);
        String since = "since merge-base " + changes.mergeBase() + " with " + newCode.reference();
        metrics.add(Metric.info("newCode.changedLines", "changed lines of main sources " + since,
                measured.changedLines(), "count"));
        metrics.add(Metric.info("newCode.coverableLines", "changed coverable lines " + since,
                measured.coverableLines(), "count"));
        if (measured.coverableLines() < newCode.minimumLines()) {
            details.add("new code " + since + ": " + measured.coverableLines() + " changed coverable "
                    + (measured.coverableLines() == 1 ? "line" : "lines") + " (" + measured.coveredLines()
                    + " covered), too few to judge (builder.coverage.newCode.minimumLines is "
                    + newCode.minimumLines() + "); new-code coverage not checked");
            return;
        }
        details.add("new code " + since + ": " + measured.coveredLines() + " of " + measured.coverableLines()
                + " changed coverable lines covered");
        if (!measured.uncovered().isEmpty()) {
            details.add("uncovered new lines: " + listed(measured.uncovered()));
        }
        Limit limit = Limit.minimumCoverage(CounterType.LINE, newCode.minimum());
        metrics.add(new Metric("newCode.line", "new code line coverage", measured.ratio(), "ratio", newCode.minimum(),
                Bound.MINIMUM));
        if (measured.ratio() < newCode.minimum()) {
            violations.add(new Violation("coverage.newCode.line", Level.ERROR, "new code line coverage "
                    + limit.showFigure(measured.ratio(), Bound.MINIMUM) + " < minimum " + Limit.show(newCode.minimum()),
                    limit.showFigure(measured.ratio(), Bound.MINIMUM), Limit.show(newCode.minimum()), since));
        }
    }

    /** The classes with the lowest line coverage (then most missed lines), at most {@link #LEAST_COVERED}. */
    static List<IClassCoverage> leastCovered(IBundleCoverage bundle) {
        return bundle.getPackages().stream().flatMap(p -> p.getClasses().stream())
                .filter(c -> c.getLineCounter().getTotalCount() > 0)
                .sorted(Comparator.comparingDouble((IClassCoverage c) -> c.getLineCounter().getCoveredRatio())
                        .thenComparing(c -> -c.getLineCounter().getMissedCount())
                        .thenComparing(IClassCoverage::getName))
                .limit(LEAST_COVERED).toList();
    }

    /** {@code 0.7500 (3 of 4)}, or {@code n/a} when there is nothing to count. */
    static String figure(ICounter counter) {
        return counter.getTotalCount() == 0 ? "n/a"
                : ratio(counter) + " (" + counter.getCoveredCount() + " of " + counter.getTotalCount() + ")";
    }

    private static String ratio(ICounter counter) {
        return counter.getTotalCount() == 0 ? "n/a" : Bound.MINIMUM.show(counter.getCoveredRatio(), 4);
    }

    private static String listed(List<String> names) {
        int shown = Math.min(names.size(), 10);
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? " and " + (names.size() - shown)
                + " more" : "");
    }

    private static String classFolders(Settings settings) {
        return String.join(", ", settings.modules().stream()
                .map(m -> DisplayPaths.show(settings.base(), m.classes())).toList());
    }
}
