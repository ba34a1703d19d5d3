package dev.backendbuilder.mojo;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Base of the check goals (coverage, security, benchmark, conformance): a check measures, writes
 * its {@link GateResult} to {@code target/builder/<area>.json}, prints its figures, and then fails
 * the build itself, unless {@code builder.deferFailures} hands the failure to {@code report}.
 *
 * <p>Subclasses declare their own {@code builder.<area>.skip} parameter (a property name must be
 * a constant) and answer it from {@link #areaSkipped()}.
 */
public abstract class AbstractGateMojo extends AbstractBuilderMojo {

    /**
     * Record violations instead of failing at once: each check writes its result, and
     * {@code builder:report}, bound after the checks, writes the report and then fails the build
     * once, listing every violation of every gate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.deferFailures", defaultValue = "false")
    protected boolean deferFailures;

    /**
     * Folder of the gate result files ({@code <area>.json}) that {@code report} reads.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.resultsDirectory", defaultValue = "${project.build.directory}/builder")
    protected File resultsDirectory;

    /** The gate's area: {@code coverage}, {@code security}, … */
    protected abstract String area();

    /** Whether {@code builder.<area>.skip} is set. */
    protected abstract boolean areaSkipped();

    /** Measures and judges; a broken input or tool is a {@link MojoExecutionException}. */
    protected abstract GateResult check() throws MojoExecutionException;

    /**
     * A sentence saying why this module does not run the check because another one does it for it
     * (an aggregate check runs in the reactor's last module), or {@code null} to run it here.
     * Nothing is written for such a module.
     */
    protected String elsewhere() throws MojoExecutionException {
        return null;
    }

    /**
     * The design file {@code design} (relative paths against {@code basedir}) when it exists, else
     * {@code null}; {@code what} says what the gate reads from it ({@code coverage thresholds}).
     */
    protected static Design designOf(File design, Path basedir, String what) throws MojoExecutionException {
        Path base = basedir.toAbsolutePath().normalize();
        Path file = base.resolve(design.toPath()).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String name = AbstractDesignMojo.relative(base, file);
        try {
            return new DesignLoader().load(file, name);
        } catch (DesignException e) {
            throw new MojoExecutionException("The " + what + " come from " + name + ", which has errors (run"
                    + " builder:validate): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + name + " for its " + what + ": " + e.getMessage()
                    + ". Check that it is a readable file.", e);
        }
    }

    /** Lines a gate prints after its figures and before its warnings (e.g. the least-covered classes). */
    protected void printDetails(GateResult result) {
        // nothing by default
    }

    @Override
    protected String goal() {
        return area();
    }

    @Override
    protected final void executeMojo() throws MojoExecutionException, MojoFailureException {
        if (areaSkipped()) {
            getLog().info("Skipping builder:" + goal() + " (builder." + area() + ".skip=true)");
            store(GateResult.skipped(area(), "skipped with builder." + area() + ".skip=true"));
            return;
        }
        String elsewhere = elsewhere();
        if (elsewhere != null) {
            getLog().info(elsewhere);
            return;
        }
        long start = System.nanoTime();
        GateResult result;
        try {
            result = check();
        } catch (MojoExecutionException e) {
            store(GateResult.error(area(), e.getMessage(), (System.nanoTime() - start) / 1_000_000));
            throw e;
        }
        store(result);
        print(result);
        judge(result);
    }

    /** Writes the result file; a result that cannot be written is an execution error. */
    protected void store(GateResult result) throws MojoExecutionException {
        try {
            new ResultStore(resultsDirectory.toPath()).write(result);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the " + area() + " result to " + resultsDirectory
                    + ": " + e.getMessage() + ". Check that the folder is writable.", e);
        }
    }

    /** One line per thresholded figure, then the warnings; failures are said once, by {@link #judge}. */
    private void print(GateResult result) {
        if (result.status() == Status.SKIPPED) {
            result.notes().forEach(note -> getLog().warn(note));
            return;
        }
        for (Metric metric : result.metrics()) {
            if (metric.threshold() != null) {
                getLog().info(describe(metric));
            }
        }
        printDetails(result);
        for (Violation warning : result.warnings()) {
            getLog().warn(warning.message() + (warning.location() == null ? "" : " (" + warning.location() + ")"));
        }
    }

    /** {@code line coverage of the bundle: 0.8412 (minimum 0.80, margin +0.0412)}. */
    static String describe(Metric metric) {
        return metric.label() + ": " + metric.shownValue() + " (" + metric.bound().name().toLowerCase(Locale.ROOT)
                + " " + metric.shownThreshold() + ", margin " + metric.shownMargin() + ")";
    }

    private void judge(GateResult result) throws MojoExecutionException, MojoFailureException {
        if (result.status() == Status.ERROR) {
            // A gate that could not measure is a broken input or tool, never a deferred violation.
            throw new MojoExecutionException(result.failureMessage());
        }
        if (!result.status().failsBuild()) {
            String line = area() + " gate " + result.status().name().toLowerCase(Locale.ROOT)
                    + (result.summary().isEmpty() ? "" : ": " + result.summary());
            if (result.status() == Status.INCONCLUSIVE) {
                // measured, but no verdict: a warning, never a pass
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
            return;
        }
        if (deferFailures) {
            // one log call per line, so that every line carries its [WARNING]
            result.failureMessage().lines().forEach(getLog()::warn);
            getLog().warn("Recorded in " + new ResultStore(resultsDirectory.toPath()).fileOf(area())
                    + "; builder:report will fail the build (builder.deferFailures=true).");
            return;
        }
        throw new MojoFailureException(result.failureMessage() + System.lineSeparator() + followUp(result));
    }

    /** Where the details are, and how to get the report before the build fails: the failure's last line. */
    static String followUp(GateResult result) {
        return (result.evidence().isEmpty() ? "" : "Details: " + String.join(", ", result.evidence()) + ". ")
                + "To write the implementation report first and fail once there with every gate's violations, set"
                + " builder.deferFailures=true (builder:report bound after the checks).";
    }
}
