package dev.backendbuilder.mojo;

import dev.backendbuilder.gate.Status;
import dev.backendbuilder.report.ImplementationReport;
import dev.backendbuilder.report.ReportBuilder;
import dev.backendbuilder.report.ReportWriter;
import dev.backendbuilder.report.Verdict;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the implementation report of the module: the verdict of every gate (one row per gate with
 * status, measured value, threshold and margin) above facts measured in the project — structure,
 * dependencies, tables from the migrations, HTTP endpoints from the compiled classes, tests, coverage by
 * package, security and benchmark results, configuration, deployment and documentation. Formats:
 * {@code target/builder/implementation-report.md}, {@code .json} (validated against the JSON Schema in the
 * plugin jar), {@code .html} (self-contained, with charts) and {@code target/builder/builder.sarif}
 * (SARIF 2.1.0, every finding of every gate); all are attached with classifier {@code implementation-report}.
 *
 * <p>Bind it after the checks in {@code verify}. With {@code builder.deferFailures=true} the checks only
 * record their violations and this goal fails the build once, after writing the report, listing every
 * violation of every gate and the report's path.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractBuilderMojo {

    /** The classifier of the attached report files. */
    static final String CLASSIFIER = "implementation-report";

    /**
     * Skips the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.report.skip", defaultValue = "false")
    protected boolean reportSkip;

    /**
     * Writes the report without attaching it to the build (so {@code install} and {@code deploy} leave it out).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.report.skipAttach", defaultValue = "false")
    protected boolean skipAttach;

    /**
     * The checks only record their violations; this goal writes the report and then fails the build once,
     * listing every violation of every gate. Without it each check fails the build itself and the report is
     * written only when every gate passed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.deferFailures", defaultValue = "false")
    protected boolean deferFailures;

    /**
     * Folder of the gate result files ({@code <area>.json}) and of the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.resultsDirectory", defaultValue = "${project.build.directory}/builder")
    protected File resultsDirectory;

    /**
     * The report's time, for reproducible output: ISO-8601 ({@code 2026-01-01T00:00:00Z}) or seconds since
     * the epoch, as {@code maven-jar-plugin} reads it. Unset: the time of the build.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Component
    protected MavenProjectHelper projectHelper;

    @Override
    protected String goal() {
        return "report";
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        if (reportSkip) {
            getLog().info("Skipping builder:report (builder.report.skip=true)");
            return;
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path results = resultsDirectory.toPath().toAbsolutePath().normalize();
        Path build = Path.of(project.getBuild().getDirectory());
        ImplementationReport report;
        ReportWriter.Written written;
        try {
            report = new ReportBuilder().build(new ReportBuilder.Settings(projectInfo(), basedir, results,
                    Path.of(project.getBuild().getOutputDirectory()), roots(project.getCompileSourceRoots(), build),
                    roots(project.getTestCompileSourceRoots(), build), build.resolve("surefire-reports"),
                    build.resolve("failsafe-reports"), project.getModules(), dependencies(),
                    generatedAt(outputTimestamp)));
            written = new ReportWriter(plugin.getVersion()).write(report, results);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the implementation report: " + e.getMessage()
                    + ". Check the file named and that " + results + " is writable.", e);
        }
        Path markdown = written.files().get("md");
        getLog().info("Implementation report: " + basedir.relativize(markdown) + " (also .json, .html; "
                + basedir.relativize(written.files().get("sarif")) + ")");
        Verdict verdict = report.verdict();
        for (Verdict.Row row : verdict.rows()) {
            String line = "  " + row.area() + ": " + row.status().name().toLowerCase(Locale.ROOT)
                    + ("—".equals(row.measured()) ? "" : ", " + row.measured());
            if (row.status() == Status.INCONCLUSIVE) {
                // measured without a verdict: a warning, never a pass
                getLog().warn(line + " (not a pass: " + row.summary() + ")");
            } else {
                getLog().info(line);
            }
        }
        if (!skipAttach) {
            for (Map.Entry<String, Path> file : written.files().entrySet()) {
                projectHelper.attachArtifact(project, file.getKey(), CLASSIFIER, file.getValue().toFile());
            }
        }
        if (!verdict.fails()) {
            return;
        }
        String message = failureMessage(verdict, basedir.relativize(markdown).toString());
        if (deferFailures) {
            throw new MojoFailureException(message);
        }
        // one log call per line, so that every line carries its [WARNING]
        (message + System.lineSeparator() + "(the checks fail the build themselves; builder.deferFailures=false)").lines()
                .forEach(getLog()::warn);
    }

    /** One message: how many violations, each on its own line, and where the report is. */
    static String failureMessage(Verdict verdict, String reportPath) {
        StringBuilder message = new StringBuilder();
        int count = verdict.violations().size();
        message.append(count).append(count == 1 ? " gate violation" : " gate violations").append(" (report: ")
                .append(reportPath).append("):");
        verdict.violations().forEach(v -> message.append(System.lineSeparator()).append("  - ").append(v.line()));
        return message.toString();
    }

    /**
     * The report's time: {@code project.build.outputTimestamp} as ISO-8601 or epoch seconds; unset, empty or a
     * single character (Maven's way of switching it off): now, to the second.
     */
    static Instant generatedAt(String outputTimestamp) throws MojoExecutionException {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.strip().length() < 2) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        String text = outputTimestamp.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoExecutionException("project.build.outputTimestamp is '" + text + "'; write an ISO-8601 time"
                    + " with offset (2026-01-01T00:00:00Z) or seconds since the epoch.", e);
        }
    }

    private ImplementationReport.ProjectInfo projectInfo() {
        return new ImplementationReport.ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getName() == null || project.getName().isBlank() ? project.getArtifactId() : project.getName(),
                project.getDescription());
    }

    private List<ImplementationReport.Dependency> dependencies() {
        return project.getDependencies().stream().map(ReportMojo::dependency).toList();
    }

    private static ImplementationReport.Dependency dependency(Dependency d) {
        return new ImplementationReport.Dependency(d.getGroupId(), d.getArtifactId(), d.getVersion(),
                d.getScope() == null ? "compile" : d.getScope());
    }

    /**
     * The source folders the project's authors write: folders under the build directory (JMH's and other
     * annotation processors' generated-test-sources) are output, not sources.
     */
    private static List<Path> roots(List<String> roots, Path build) {
        Path output = build.toAbsolutePath().normalize();
        return roots.stream().map(Path::of).filter(root -> !root.toAbsolutePath().normalize().startsWith(output)).toList();
    }
}
