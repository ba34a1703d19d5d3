package dev.backendbuilder.mojo;

import dev.backendbuilder.coverage.ClassFilter;
import dev.backendbuilder.coverage.CounterType;
import dev.backendbuilder.coverage.CoverageAnalysis;
import dev.backendbuilder.coverage.CoverageCheck;
import dev.backendbuilder.coverage.CoverageException;
import dev.backendbuilder.coverage.CoverageRule;
import dev.backendbuilder.coverage.Limit;
import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Quality;
import dev.backendbuilder.gate.GateResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks code coverage with JaCoCo: merges every exec file of the module (unit and integration test
 * runs), analyses {@code target/classes}, writes JaCoCo's HTML and XML reports to
 * {@code target/builder/coverage/}, applies the rules and prints every figure with its margin. On a
 * failure it lists each broken rule ({@code line coverage 0.7231 < minimum 0.80}, rounded against
 * you) and the ten least-covered classes.
 *
 * <p>Thresholds: bundle LINE and BRANCH coverage at least 0.80; {@code quality.coverage} in
 * design.yaml (when the file exists) overrides that; {@code builder.coverage.line},
 * {@code builder.coverage.branch} and {@code rules} in the POM override both.
 *
 * @since 0.1.0
 */
@Mojo(name = "coverage", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CoverageMojo extends AbstractGateMojo {

    /**
     * Skips the coverage goals ({@code prepare-coverage} and {@code coverage}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.skip", defaultValue = "false")
    protected boolean coverageSkip;

    /**
     * Minimum line coverage of the bundle (0.80 = 80 %). Default: {@code quality.coverage.line} of the
     * design, else 0.80.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.line")
    protected Double line;

    /**
     * Minimum branch coverage of the bundle. Default: {@code quality.coverage.branch} of the design, else 0.80.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.branch")
    protected Double branch;

    /**
     * Rules as in JaCoCo's {@code check}, with enums. When set, they replace the default bundle
     * LINE/BRANCH rule (an explicit {@code builder.coverage.line} or {@code .branch} still adds its
     * bundle limit). Names in includes/excludes are dotted; {@code *} and {@code ?} are wildcards.
     *
     * <pre>{@code
     * <rules>
     *   <rule>
     *     <element>BUNDLE</element>
     *     <limits>
     *       <limit><counter>LINE</counter><value>COVEREDRATIO</value><minimum>0.85</minimum></limit>
     *       <limit><counter>BRANCH</counter><value>COVEREDRATIO</value><minimum>0.75</minimum></limit>
     *     </limits>
     *   </rule>
     *   <rule>
     *     <element>CLASS</element>
     *     <level>WARN</level>
     *     <includes><include>com.example.service.*</include></includes>
     *     <excludes><exclude>*Config</exclude></excludes>
     *     <limits>
     *       <limit><counter>LINE</counter><value>MISSEDCOUNT</value><maximum>20</maximum></limit>
     *     </limits>
     *   </rule>
     * </rules>
     * }</pre>
     *
     * element: BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD; counter: INSTRUCTION, LINE, BRANCH,
     * COMPLEXITY, METHOD, CLASS; value: COVEREDRATIO, MISSEDRATIO, COVEREDCOUNT, MISSEDCOUNT,
     * TOTALCOUNT; level: ERROR (default), WARN.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<Rule> rules;

    /**
     * Classes left out of the measurement, by name: {@code com.example.generated.*}, {@code *Dto},
     * {@code *$Builder} (the path form {@code com/example/generated/**} works too). Classes and methods
     * carrying an annotation whose simple name contains {@code Generated} (retention CLASS or RUNTIME)
     * are always left out, by JaCoCo's own filter.
     *
     * <pre>{@code
     * <excludes>
     *   <exclude>com.example.generated.*</exclude>
     *   <exclude>*MapperImpl</exclude>
     * </excludes>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.excludes")
    protected List<String> excludes;

    /**
     * The exec files merged, as glob patterns relative to the build directory ({@code target}) of
     * each module measured. The default takes JaCoCo's usual names and prepare-coverage's
     * {@code jacoco-builder.exec}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.execFiles", defaultValue = "jacoco*.exec")
    protected List<String> execFiles;

    /**
     * A git reference ({@code origin/main}, a tag, a commit): the lines of main sources changed since
     * the merge-base of {@code HEAD} and this reference (committed or not) must be covered at least
     * {@code builder.coverage.newCode.minimum}. Unset: no new-code check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.newCode.reference")
    protected String newCodeReference;

    /**
     * Minimum line coverage of the changed lines.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.newCode.minimum", defaultValue = "0.80")
    protected double newCodeMinimum;

    /**
     * With fewer changed coverable lines than this, the change is too small to judge: it is said so
     * and not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.newCode.minimumLines", defaultValue = "10")
    protected int newCodeMinimumLines;

    /**
     * Check the whole reactor's merged coverage (exec files and classes of every module) instead of
     * each module's own. Configure it in the root POM: the check then runs once, in the reactor's
     * last module (when every module's tests have run); the other modules only say so. No extra
     * report module is needed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.aggregate", defaultValue = "false")
    protected boolean aggregate;

    /**
     * The design file whose {@code quality.coverage} gives the default thresholds, when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.design", defaultValue = "${basedir}/design.yaml")
    protected File design;

    /**
     * Encoding of the sources shown in the HTML report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.sourceEncoding", defaultValue = "${project.build.sourceEncoding}")
    protected String sourceEncoding;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The outcome's extra lines, kept for {@link #printDetails}. */
    private CoverageCheck.Outcome outcome;

    @Override
    protected String area() {
        return CoverageCheck.AREA;
    }

    @Override
    protected boolean areaSkipped() {
        return coverageSkip;
    }

    @Override
    protected String elsewhere() throws MojoExecutionException {
        if (!aggregate) {
            return null;
        }
        List<MavenProject> projects = session.getProjects();
        MavenProject last = projects.get(projects.size() - 1);
        if (last == project || last.getId().equals(project.getId())) {
            return null;
        }
        if (!runsCoverage(last)) {
            throw new MojoExecutionException("builder.coverage.aggregate checks the reactor in its last module, "
                    + last.getArtifactId() + ", but builder:coverage does not run there (is the plugin"
                    + " <inherited>false</inherited> or bound in this module only?). Let the modules inherit the"
                    + " plugin from the root POM, or bind builder:coverage in " + last.getArtifactId() + ".");
        }
        return "The reactor's coverage is checked in its last module, " + last.getArtifactId()
                + " (builder.coverage.aggregate=true)";
    }

    private boolean runsCoverage(MavenProject module) {
        for (String goal : session.getGoals()) {
            if (goal.endsWith(":coverage")) {
                return true;
            }
        }
        for (Plugin plugin : module.getBuildPlugins()) {
            if (plugin.getKey().equals(pluginKey()) && plugin.getExecutions().stream()
                    .anyMatch(e -> e.getGoals().contains(CoverageCheck.AREA))) {
                return true;
            }
        }
        return false;
    }

    private String pluginKey() {
        return Plugin.constructKey("dev.backendbuilder", "builder-maven-plugin");
    }

    @Override
    protected GateResult check() throws MojoExecutionException {
        List<MavenProject> measured = aggregate ? session.getProjects() : List.of(project);
        Path base = (aggregate ? new File(session.getExecutionRootDirectory()) : project.getBasedir())
                .toPath().toAbsolutePath().normalize();
        List<CoverageAnalysis.Module> modules = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (MavenProject module : measured) {
            List<Path> roots = module.getCompileSourceRoots().stream().map(Path::of).toList();
            modules.add(new CoverageAnalysis.Module(module.getArtifactId(), module.getBasedir().toPath(),
                    Path.of(module.getBuild().getOutputDirectory()), roots));
            files.addAll(execFiles(Path.of(module.getBuild().getDirectory())));
        }
        CoverageCheck.Settings settings = new CoverageCheck.Settings(
                aggregate ? session.getTopLevelProject().getArtifactId() : project.getArtifactId(), base, modules,
                files, execDescription(), rules(), new ClassFilter(excludes),
                resultsDirectory.toPath().resolve(CoverageCheck.AREA),
                sourceEncoding == null || sourceEncoding.isBlank() ? "UTF-8" : sourceEncoding, newCode());
        try {
            outcome = new CoverageCheck().run(settings);
        } catch (CoverageException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return outcome.result();
    }

    @Override
    protected void printDetails(GateResult result) {
        if (outcome == null) {
            return;
        }
        outcome.details().forEach(getLog()::info);
        if (!result.violations().isEmpty() && !outcome.leastCovered().isEmpty()) {
            getLog().warn("Least-covered classes (line, branch):");
            outcome.leastCovered().forEach(line -> getLog().warn("  " + line));
        }
    }

    private String execDescription() {
        return String.join(", ", execFiles.stream().map(String::trim).filter(p -> !p.isEmpty()).map(p -> "target/" + p)
                .toList());
    }

    /** The exec files in one build directory matching {@link #execFiles}, sorted. */
    List<Path> execFiles(Path buildDirectory) throws MojoExecutionException {
        if (!Files.isDirectory(buildDirectory)) {
            return List.of();
        }
        TreeSet<Path> found = new TreeSet<>();
        for (String pattern : execFiles) {
            String glob = pattern.trim().replace('\\', '/');
            if (glob.isEmpty()) {
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            int depth = glob.contains("**") ? Integer.MAX_VALUE : glob.split("/").length;
            try (Stream<Path> paths = Files.walk(buildDirectory, depth)) {
                paths.filter(Files::isRegularFile).filter(p -> matcher.matches(buildDirectory.relativize(p)))
                        .forEach(found::add);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot look for exec files in " + buildDirectory + ": "
                        + e.getMessage() + ". Check that the folder is readable.", e);
            }
        }
        return List.copyOf(found);
    }

    /** Rules from the POM, the design and the defaults, in that order of precedence. */
    List<CoverageRule> rules() throws MojoExecutionException {
        check("builder.coverage.line", line);
        check("builder.coverage.branch", branch);
        List<CoverageRule> result = new ArrayList<>();
        boolean configured = rules != null && !rules.isEmpty();
        if (!configured) {
            // the design is read only when the POM leaves a threshold to it
            Quality quality = line != null && branch != null ? Quality.DEFAULT : quality();
            result.add(CoverageRule.bundleMinimums(line != null ? line : quality.coverageLine(),
                    branch != null ? branch : quality.coverageBranch()));
        } else {
            List<Limit> bundle = new ArrayList<>();
            if (line != null) {
                bundle.add(Limit.minimumCoverage(CounterType.LINE, line));
            }
            if (branch != null) {
                bundle.add(Limit.minimumCoverage(CounterType.BRANCH, branch));
            }
            if (!bundle.isEmpty()) {
                result.add(new CoverageRule(dev.backendbuilder.coverage.ElementType.BUNDLE, null, null, bundle, null));
            }
            for (int i = 0; i < rules.size(); i++) {
                result.add(rule(rules.get(i), i + 1));
            }
        }
        return result;
    }

    private static void check(String name, Double value) throws MojoExecutionException {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw new MojoExecutionException(name + " is " + value + "; it is a ratio between 0 and 1 (0.80 for 80 %).");
        }
    }

    private static CoverageRule rule(Rule config, int number) throws MojoExecutionException {
        try {
            List<Limit> limits = new ArrayList<>();
            for (RuleLimit limit : config.limits == null ? List.<RuleLimit>of() : config.limits) {
                limits.add(new Limit(limit.counter, limit.value, limit.minimum, limit.maximum));
            }
            return new CoverageRule(config.element, config.includes, config.excludes, limits, config.level);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MojoExecutionException("rules, rule " + number + ": " + e.getMessage()
                    + ". See 'mvn builder:help -Ddetail -Dgoal=coverage' for an example.", e);
        }
    }

    /** The design's thresholds when the design file exists, else the built-in defaults. */
    private Quality quality() throws MojoExecutionException {
        Design loaded = designOf(design, project.getBasedir().toPath(), "coverage thresholds");
        return loaded == null ? Quality.DEFAULT : loaded.quality();
    }

    private CoverageCheck.NewCode newCode() throws MojoExecutionException {
        if (newCodeReference == null || newCodeReference.isBlank()) {
            return null;
        }
        check("builder.coverage.newCode.minimum", newCodeMinimum);
        if (newCodeMinimumLines < 0) {
            throw new MojoExecutionException("builder.coverage.newCode.minimumLines is " + newCodeMinimumLines
                    + "; it is a number of lines, 0 or more.");
        }
        return new CoverageCheck.NewCode(newCodeReference.trim(), newCodeMinimum, newCodeMinimumLines);
    }
}
