package dev.backendbuilder.mojo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

/**
 * Compiles a project's main and test sources with {@code mvn test-compile} in a forked Maven: the project's own pom
 * (as generate has just written it), class path and compiler settings, with the running build's Maven, Java, local
 * repository and settings. The builder's own goals are skipped in the fork.
 */
final class ProjectCompiler {

    /** How a compile went. */
    enum Status {
        /** Main and test sources compile. */
        COMPILES,
        /** javac found errors; {@link Outcome#errors()} lists them. */
        COMPILE_ERRORS,
        /** The build could not get as far as compiling (or could not start); {@link Outcome#reason()} says why. */
        NOT_CHECKED
    }

    /**
     * @param errors the compiler errors ({@code path:line:column: message}), for {@link Status#COMPILE_ERRORS}
     * @param reason why nothing was compiled, for {@link Status#NOT_CHECKED}
     */
    record Outcome(Status status, List<String> errors, String reason, double seconds) {
    }

    static final int TIMEOUT_SECONDS = 600;

    private final File mavenHome;
    private final File localRepository;
    private final File userSettings;
    private final File globalSettings;
    private final boolean offline;

    /** {@code mavenHome} may be {@code null} (then nothing can be compiled); absent settings files are not passed. */
    ProjectCompiler(File mavenHome, File localRepository, File userSettings, File globalSettings, boolean offline) {
        this.mavenHome = mavenHome;
        this.localRepository = localRepository;
        this.userSettings = existing(userSettings);
        this.globalSettings = existing(globalSettings);
        this.offline = offline;
    }

    Outcome compile(Path project) {
        long start = System.nanoTime();
        if (mavenHome == null || !Files.isDirectory(mavenHome.toPath())) {
            return new Outcome(Status.NOT_CHECKED, List.of(), "the running Maven's home is not known (maven.home "
                    + (mavenHome == null ? "is not set" : "is " + mavenHome + ", not a folder") + ")", 0);
        }
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Properties properties = new Properties();
        properties.setProperty("builder.skip", "true");
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(project.toFile())
                .setPomFile(project.resolve("pom.xml").toFile())
                .setGoals(List.of("test-compile"))
                .setProperties(properties)
                .setBatchMode(true)
                .setNoTransferProgress(true)
                .setOffline(offline)
                .setJavaHome(new File(System.getProperty("java.home")))
                .setLocalRepositoryDirectory(localRepository)
                .setUserSettingsFile(userSettings)
                .setGlobalSettingsFile(globalSettings)
                .setOutputHandler(output::add)
                .setErrorHandler(output::add);
        request.setTimeoutInSeconds(TIMEOUT_SECONDS);
        InvocationResult result;
        try {
            result = new DefaultInvoker().setMavenHome(mavenHome).execute(request);
        } catch (MavenInvocationException e) {
            return new Outcome(Status.NOT_CHECKED, List.of(), "Maven could not be started: " + e.getMessage(), seconds(start));
        }
        if (result.getExitCode() == 0) {
            return new Outcome(Status.COMPILES, List.of(), null, seconds(start));
        }
        List<String> lines = List.copyOf(output);
        List<String> errors = CompilerOutput.errors(lines, project.toAbsolutePath().normalize());
        if (!errors.isEmpty()) {
            return new Outcome(Status.COMPILE_ERRORS, errors, null, seconds(start));
        }
        String reason = result.getExecutionException() != null ? result.getExecutionException().getMessage()
                : String.join("; ", CompilerOutput.otherErrors(lines, 5));
        return new Outcome(Status.NOT_CHECKED, List.of(), "mvn test-compile failed before compiling (exit code "
                + result.getExitCode() + (reason.isEmpty() ? "" : ": " + reason) + ")", seconds(start));
    }

    private static File existing(File file) {
        return file != null && file.isFile() ? file : null;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
