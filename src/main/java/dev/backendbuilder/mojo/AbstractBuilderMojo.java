package dev.backendbuilder.mojo;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Base of every builder goal: handles {@code builder.skip} once, in a final {@code execute()},
 * then hands over to {@link #executeMojo()}. Subclasses are thin adapters over an engine package.
 */
public abstract class AbstractBuilderMojo extends AbstractMojo {

    /**
     * Skips every builder goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping builder:" + goal() + " (builder.skip=true)");
            whenSkipped();
            return;
        }
        executeMojo();
    }

    /** The goal's log, one entry per line of a multi-line message, so every line carries its level. */
    @Override
    public Log getLog() {
        return EveryLineLog.of(super.getLog());
    }

    /**
     * Called instead of {@link #executeMojo()} when the goal is skipped; for goals whose absence would
     * break later ones (prepare-coverage leaves an empty {@code argLine} so {@code @{argLine}} resolves).
     */
    protected void whenSkipped() {
        // nothing by default
    }

    /** The goal name, for log lines. */
    protected abstract String goal();

    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;
}
