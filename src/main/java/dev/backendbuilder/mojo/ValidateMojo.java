package dev.backendbuilder.mojo;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.design.Security;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Loads and validates {@code design.yaml}: YAML syntax, the format's JSON Schema and the semantic
 * rules (names, types and constraints, references between sections). Every problem is listed with
 * its {@code file:line:column}; on success a one-line summary is printed.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractDesignMojo {

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        DesignFile file = designFile();
        Design loaded = load(file);
        Security security = loaded.security();
        getLog().info(String.format("%s is valid: %s, %s, %s, %s (authentication: %s)",
            file.displayName(),
            count(loaded.entities().size(), "entity", "entities"),
            count(loaded.relationships().size(), "relationship", "relationships"),
            count(loaded.endpointCount(), "endpoint", "endpoints"),
            count(security.roles().size(), "role", "roles"),
            security.authentication().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Loads the design; shared with the goals that work from it. */
    static Design load(DesignFile file) throws MojoExecutionException, MojoFailureException {
        try {
            return new DesignLoader().load(file.path(), file.displayName());
        } catch (DesignException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("No design file at " + file.path() + ". Run 'mvn builder:init' to write a starter"
                + " design.yaml, or point -Dbuilder.design=<file> at yours.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the design file " + file.path() + ": " + e.getMessage()
                + ". Check that it is a readable file.", e);
        }
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
