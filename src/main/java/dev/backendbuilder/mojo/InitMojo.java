package dev.backendbuilder.mojo;

import dev.backendbuilder.design.StarterDesign;
import dev.backendbuilder.generate.FileBatch;
import dev.backendbuilder.generate.FileConflictException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a commented starter {@code design.yaml} that uses every section of the format, the design's
 * JSON Schema beside it (so editors complete and check the file), and a minimal {@code pom.xml}
 * with this plugin configured when the folder has none. Never overwrites an existing file unless
 * {@code -Dbuilder.force=true}, and then keeps the old one as {@code design.yaml.bak}.
 *
 * <p>Run it in an empty folder: {@code mvn dev.backendbuilder:builder-maven-plugin:init}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractDesignMojo {

    /**
     * Replace an existing design file (and schema copy). The previous design is kept as
     * {@code design.yaml.bak}. An existing {@code pom.xml} is never replaced.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    protected String goal() {
        return "init";
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        Path folder = projectFolder();
        Path designFile = designFile().path();
        Path designFolder = designFile.getParent();
        String appName = StarterDesign.appNameFor(designFolder.getFileName() == null ? "app" : designFolder.getFileName().toString());

        FileBatch batch = new FileBatch()
            .add(designFile, StarterDesign.designYaml(appName).getBytes(StandardCharsets.UTF_8), true)
            .add(designFolder.resolve(StarterDesign.SCHEMA_PATH), StarterDesign.schema(), true);
        Path pom = folder.resolve("pom.xml");
        boolean writePom = !Files.exists(pom);
        if (writePom) {
            batch.add(pom, StarterDesign.pom(appName, plugin.getVersion()).getBytes(StandardCharsets.UTF_8), false);
        }
        List<FileBatch.Written> written;
        try {
            written = batch.write(force);
        } catch (FileConflictException e) {
            // No cause: Maven would append the cause's own message ("would overwrite [/abs/path]") to this one.
            List<Path> conflicts = e.conflicts();
            throw new MojoFailureException("Not overwriting " + conflicts.stream().map(p -> relative(folder, p))
                .collect(Collectors.joining(", ")) + (conflicts.size() == 1 ? ": the file exists." : ": the files exist.")
                + " Nothing was written. Re-run with -Dbuilder.force=true to replace "
                + (conflicts.size() == 1 ? "it" : "them") + " (the old design is kept as "
                + relative(folder, FileBatch.backupOf(designFile)) + "), or -Dbuilder.design=<other file>.");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the starter files in " + folder + ": " + e.getMessage()
                + ". Nothing was left behind; check that the folder is writable.", e);
        }
        for (FileBatch.Written file : written) {
            String what = switch (file.outcome()) {
                case CREATED -> "Wrote ";
                case REPLACED -> "Replaced ";
                case UNCHANGED -> "Up to date: ";
                case DELETED -> "Deleted "; // init deletes nothing; named for the switch's sake
            };
            String kept = file.outcome() == FileBatch.Outcome.REPLACED
                ? " (the previous one is kept as " + relative(folder, FileBatch.backupOf(file.path())) + ")" : "";
            getLog().info(what + relative(folder, file.path()) + kept);
        }
        if (!writePom) {
            getLog().info("Kept the existing pom.xml; add the builder plugin to it to validate the design in every build.");
        }
        getLog().info("Next: edit " + relative(folder, designFile) + ", then run 'mvn builder:validate'.");
    }
}
