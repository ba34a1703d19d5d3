package dev.backendbuilder.mojo;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.generate.Contributors;
import dev.backendbuilder.generate.FileConflictException;
import dev.backendbuilder.generate.GenerationException;
import dev.backendbuilder.generate.GenerationPlan;
import dev.backendbuilder.generate.GenerationPlan.Action;
import dev.backendbuilder.generate.Generator;
import dev.backendbuilder.generate.TemplateRenderer;
import dev.backendbuilder.generate.ViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the backend described by {@code design.yaml}: a Spring Boot application with its data
 * model, migrations, REST API, validation, errors and tests.
 *
 * <ul>
 *   <li>In a folder without {@code pom.xml}, a complete new project is written to {@code ./<app.name>/}.</li>
 *   <li>In a Maven project, the sources, resources and tests are written into it, and its
 *       {@code pom.xml} gains the dependencies and plugins the backend needs; everything already in
 *       it stays (the previous pom is kept as {@code pom.xml.bak}).</li>
 * </ul>
 *
 * <p>Re-running is safe: {@code .builder/manifest.json} records what was generated (a generated file the design no
 * longer gives is deleted if you never changed it, else kept and listed); a file you
 * changed gets the new version merged into it (three ways, from the version generated last), or, where
 * your changes and the new version change the same lines, stays as it is with the conflicted merge beside
 * it; applied migrations are never changed (the next one is written); paths in {@code .builderignore} are
 * not touched; an invalid design writes nothing; and where your code meets regenerated code, the project
 * is compiled to prove they still fit together.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractDesignMojo {

    /**
     * Print what would be created, updated, kept and skipped, and write nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.generate.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Let the next migration drop what the design no longer has: the table of a removed entity, the column of
     * a removed field or relationship, a removed many-to-many's join table, with the data in them. Without
     * it, {@code generate} refuses such a change and names each table and column at risk, and writes nothing.
     * Give it for the one run that should write the dropping migration:
     *
     * <pre>{@code
     * mvn builder:generate -Dbuilder.generate.allowDataLoss=true
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.generate.allowDataLoss", defaultValue = "false")
    private boolean allowDataLoss;

    /**
     * Let {@code generate} pass when the new version of a file you changed changes the same lines you did. Either
     * way your file stays as it is and the merge, with git's conflict markers, goes beside it as
     * {@code <name>.builder-conflict}, and each one is listed; without this the goal then fails, so a build
     * does not go on with half an update.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.generate.allowConflicts", defaultValue = "false")
    private boolean allowConflicts;

    /**
     * A folder of templates that replace the shipped ones of the same relative path (for example
     * {@code entity/Controller.java.ftl}). Templates are FreeMarker; copy the shipped one from the
     * plugin jar's {@code templates/} folder and change it.
     *
     * <pre>{@code
     * <configuration>
     *   <templates>${project.basedir}/builder-templates</templates>
     * </configuration>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.generate.templates")
    private File templates;

    /**
     * When to compile the project after writing it ({@code mvn test-compile} in a forked Maven with this build's
     * Maven, Java, local repository and settings), so that a run which leaves code that no longer compiles fails
     * here, naming each error, instead of at the next build:
     * <ul>
     *   <li>{@code AUTO}: when a Java source you changed was merged with its new version, kept beside it, or left
     *       with a conflict, or a generated class was deleted (its entity dropped or renamed): where your code meets
     *       regenerated code;</li>
     *   <li>{@code ALWAYS}: after every run that writes;</li>
     *   <li>{@code NEVER}: not at all.</li>
     * </ul>
     * When the fork cannot get as far as compiling (a dependency it cannot resolve, no Maven home), generate says so
     * as a warning with the reason; with conflicts left ({@code allowConflicts}), compiler errors are a warning too.
     *
     * <pre>{@code
     * mvn builder:generate -Dbuilder.generate.compile=ALWAYS
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.generate.compile", defaultValue = "AUTO")
    private CompileCheck compile = CompileCheck.AUTO;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        DesignFile file = designFile();
        Path folder = projectFolder();
        TemplateRenderer renderer;
        try {
            renderer = new TemplateRenderer(templates == null ? null : folder.resolve(templates.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage() + ". Nothing was written.", e);
        }
        // Parsing the templates takes about as long as loading the design: do both at once.
        CompletableFuture<Void> templatesParsed = CompletableFuture.runAsync(() -> renderer.preload(Contributors.TEMPLATES));
        Design design = ValidateMojo.load(file);
        boolean existingPom = Files.isRegularFile(folder.resolve("pom.xml"));
        Path root = existingPom ? folder : folder.resolve(design.app().name());
        Generator generator = new Generator(Contributors.defaults(), renderer, plugin.getVersion());
        GenerationPlan plan;
        try {
            templatesParsed.join();
            plan = generator.plan(design, Files.readAllBytes(file.path()), root, existingPom, allowDataLoss);
        } catch (GenerationException e) {
            throw new MojoFailureException(e.getMessage() + " Nothing was written.");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot prepare the generation into " + root + ": " + e.getMessage()
                    + ". Nothing was written.", e);
        }
        String where = relative(folder, root);
        getLog().info("Generating " + design.app().name() + " (" + ValidateMojo.count(design.entities().size(), "entity",
                "entities") + ", " + ValidateMojo.count(design.endpointCount(), "endpoint", "endpoints") + ") into " + (where.isEmpty() ? "this project" : where + "/")
                + (existingPom ? " (existing project: merging into its pom.xml)" : ""));
        if (dryRun) {
            report(plan, "Would ");
            getLog().info("Dry run: nothing was written.");
            return;
        }
        try {
            generator.apply(plan);
        } catch (FileConflictException e) {
            throw new MojoExecutionException("Files changed while generating: " + e.conflicts() + ". Nothing was written;"
                    + " run the goal again.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write into " + root + ": " + e.getMessage()
                    + ". Nothing was left behind; check that the folder is writable.", e);
        }
        report(plan, "");
        List<String> missing = ViewModel.notYetGenerated(design);
        if (!missing.isEmpty()) {
            getLog().warn("design.yaml asks for what this version does not generate yet: " + String.join("; ", missing)
                    + ". The generated README says so too.");
        }
        ViewModel.javaReleaseProblem(design, Runtime.version().feature()).ifPresent(getLog()::warn);
        List<GenerationPlan.Step> merged = plan.stepsOf(Action.MERGED_EDIT);
        if (!merged.isEmpty()) {
            getLog().info("Merged your changes into the new version of " + merged.size() + (merged.size() == 1 ? " file:" : " files:"));
            merged.forEach(step -> getLog().info("  " + step.path()));
        }
        List<GenerationPlan.Step> conflicts = plan.stepsOf(Action.CONFLICT);
        if (!conflicts.isEmpty()) {
            String list = conflicts.stream().map(step -> "  " + step.path() + Generator.CONFLICT_SUFFIX)
                    .collect(java.util.stream.Collectors.joining("\n"));
            String message = "Your changes and the new version change the same lines of " + conflicts.size()
                    + (conflicts.size() == 1 ? " file" : " files") + "; each file is kept as you left it, and the merge with"
                    + " conflict markers (<<<<<<< yours, >>>>>>> generated now) is beside it. Resolve it, move it over your"
                    + " file, and delete it:\n" + list;
            if (!allowConflicts) {
                throw new MojoFailureException(message + "\n(-Dbuilder.generate.allowConflicts=true lets generate pass"
                        + " with this list.) Every other file was written.");
            }
            getLog().warn(message);
        }
        List<GenerationPlan.Step> kept = plan.stepsOf(Action.KEEP_USER_EDIT);
        if (!kept.isEmpty()) {
            getLog().warn("Kept your changes in " + kept.size() + (kept.size() == 1 ? " file" : " files")
                    + "; the new version is beside each, merge what you need and delete it:");
            kept.forEach(step -> getLog().warn("  " + step.path() + Generator.NEW_SUFFIX));
        }
        // a deleted class may be one your code uses
        boolean yoursMeetsOurs = java.util.stream.Stream.of(merged, kept, conflicts, plan.stepsOf(Action.DELETE))
                .flatMap(List::stream).anyMatch(step -> step.path().endsWith(".java"));
        if (compile == CompileCheck.ALWAYS || compile == CompileCheck.AUTO && yoursMeetsOurs) {
            checkCompiles(root, where, yoursMeetsOurs, !conflicts.isEmpty());
        }
        getLog().info(String.format(Locale.ROOT, "Generated in %.1f s. Next: %smvn verify",
                (System.nanoTime() - start) / 1e9, existingPom ? "" : "cd " + where + " && "));
    }

    /**
     * Compiles the written project in a forked Maven; fails the goal, naming each error, when it does not compile,
     * unless conflicts were allowed to stay (then the errors are expected until they are resolved, and a warning).
     */
    private void checkCompiles(Path root, String where, boolean yoursMeetsOurs, boolean conflictsLeft)
            throws MojoFailureException {
        getLog().info("Compiling the project" + (yoursMeetsOurs ? " with your changes and the new version together" : "")
                + " (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...");
        ProjectCompiler.Outcome outcome = compiler().compile(root);
        String took = String.format(Locale.ROOT, "%.1f s", outcome.seconds());
        switch (outcome.status()) {
            case COMPILES -> getLog().info("The project compiles (" + took + ").");
            case NOT_CHECKED -> getLog().warn("Could not check that the project compiles: " + outcome.reason()
                    + ". Run mvn test-compile " + (where.isEmpty() ? "here" : "in " + where + "/") + " before you go on.");
            case COMPILE_ERRORS -> {
                List<String> errors = outcome.errors();
                int shown = Math.min(errors.size(), 20);
                StringBuilder message = new StringBuilder("The project no longer compiles ("
                        + ValidateMojo.count(errors.size(), "error", "errors") + ", mvn test-compile, " + took + ")"
                        + (yoursMeetsOurs ? ": your code and the regenerated code do not fit together" : "") + ":");
                errors.subList(0, shown).forEach(error -> message.append("\n  ").append(error));
                if (shown < errors.size()) {
                    message.append("\n  ... and ").append(errors.size() - shown).append(" more");
                }
                if (conflictsLeft) {
                    getLog().warn(message + "\nThe conflicts listed above are not resolved yet; resolve them, then run"
                            + " mvn test-compile.");
                    return;
                }
                message.append("\nEvery file was written (the merged and kept files are listed above). Change your code"
                        + " to fit the new version, or the design back, then run mvn test-compile.");
                throw new MojoFailureException(message.toString());
            }
            default -> throw new IllegalStateException(outcome.status().name());
        }
    }

    private ProjectCompiler compiler() {
        String home = System.getProperty("maven.home");
        if (session == null) {
            return new ProjectCompiler(home == null ? null : new File(home), null, null, null, false);
        }
        File localRepository = session.getRepositorySession() == null ? null
                : session.getRepositorySession().getLocalRepository().getBasedir();
        return new ProjectCompiler(home == null ? null : new File(home), localRepository,
                session.getRequest().getUserSettingsFile(), session.getRequest().getGlobalSettingsFile(), session.isOffline());
    }

    private void report(GenerationPlan plan, String would) {
        for (GenerationPlan.Step step : plan.steps()) {
            switch (step.action()) {
                case CREATE -> getLog().debug(would + "create " + step.path());
                case UPDATE -> getLog().info((would.isEmpty() ? "Updated " : would + "update ") + step.path());
                case MERGED -> {
                    getLog().info((would.isEmpty() ? "Merged into " : would + "merge into ") + step.path()
                            + " what the backend needs (the previous one " + (would.isEmpty() ? "is" : "would be")
                            + " kept as " + step.path() + ".bak):");
                    step.changes().forEach(change -> getLog().info("  - " + change));
                }
                case KEEP_USER_EDIT -> getLog().info((would.isEmpty() ? "Kept " : would + "keep ") + step.path()
                        + " (changed by you); new version " + (would.isEmpty() ? "in " : "would go to ") + step.path()
                        + Generator.NEW_SUFFIX);
                case IGNORED -> getLog().info("Skipped " + step.path() + " (matched by .builderignore)");
                case DELETE -> getLog().info((would.isEmpty() ? "Deleted " : would + "delete ") + step.path()
                        + " (no longer generated from the design, and unchanged since it was generated)");
                case MERGED_EDIT -> getLog().info((would.isEmpty() ? "Merged " : would + "merge ") + step.path()
                        + ": your changes and the new version");
                case CONFLICT -> getLog().warn((would.isEmpty() ? "Conflict in " : would + "find a conflict in ") + step.path()
                        + ": kept as you left it; the merge with conflict markers " + (would.isEmpty() ? "is in " : "would go to ")
                        + step.path() + Generator.CONFLICT_SUFFIX);
                default -> getLog().debug("Unchanged " + step.path());
            }
        }
        if (!would.isEmpty()) {
            plan.stepsOf(Action.CREATE).forEach(step -> getLog().info("Would create " + step.path()));
        }
        for (GenerationPlan.Step migration : plan.stepsOf(Action.CREATE)) {
            if (!migration.changes().isEmpty()) {
                getLog().info((would.isEmpty() ? "Wrote the migration " : "Would write the migration ") + migration.path() + ":");
                migration.changes().forEach(change -> getLog().info("  - " + change));
                if (!would.isEmpty()) {
                    new String(migration.content(), StandardCharsets.UTF_8).lines()
                            .forEach(line -> getLog().info("    " + line));
                }
            }
        }
        getLog().info(String.format("%s%d created, %d updated, %d unchanged, %d kept, %d ignored",
                would.isEmpty() ? "Files: " : "Would write files: ", plan.stepsOf(Action.CREATE).size(),
                plan.stepsOf(Action.UPDATE).size() + plan.stepsOf(Action.MERGED).size() + plan.stepsOf(Action.MERGED_EDIT).size(),
                plan.stepsOf(Action.UNCHANGED).size(), plan.stepsOf(Action.KEEP_USER_EDIT).size() + plan.stepsOf(Action.CONFLICT).size(),
                plan.stepsOf(Action.IGNORED).size()) + (plan.stepsOf(Action.DELETE).isEmpty() ? ""
                : ", " + plan.stepsOf(Action.DELETE).size() + " deleted"));
        for (String orphan : plan.orphans()) {
            getLog().warn(orphan + " is no longer generated from the design; it was kept, delete it if you no longer need it.");
        }
    }
}
