package dev.backendbuilder.coverage;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.data.SessionInfoStore;

/**
 * The merged execution data of several exec files (unit and integration test runs, several
 * modules): probes of the same class are OR-ed, as {@code jacoco:merge} does.
 *
 * @param store    the merged probes by class id
 * @param sessions the test runs that wrote them
 * @param files    the files read, in order
 */
public record ExecutionData(ExecutionDataStore store, SessionInfoStore sessions, List<Path> files) {

    /** Reads and merges {@code files}; a file that is not complete JaCoCo data is named in the exception. */
    public static ExecutionData read(List<Path> files, Path base) throws CoverageException {
        ExecutionDataStore store = new ExecutionDataStore();
        SessionInfoStore sessions = new SessionInfoStore();
        for (Path file : files) {
            String name = DisplayPaths.show(base, file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                ExecutionDataReader reader = new ExecutionDataReader(in);
                reader.setExecutionDataVisitor(store);
                reader.setSessionInfoVisitor(sessions);
                reader.read();
            } catch (IncompatibleExecDataVersionException e) {
                throw new CoverageException(name + " was written by an incompatible JaCoCo version (exec format 0x"
                        + Integer.toHexString(e.getActualVersion()) + ", this plugin reads 0x"
                        + Integer.toHexString(e.getExpectedVersion()) + "). Delete it and run the tests again with"
                        + " builder:prepare-coverage.", e);
            } catch (EOFException e) {
                throw new CoverageException(name + " is truncated: it ends in the middle of a record (was the test JVM"
                        + " killed while writing it?). Delete it and run the tests again.", e);
            } catch (IOException e) {
                throw new CoverageException(name + " is not a JaCoCo execution data file (" + e.getMessage()
                        + "). Delete it or leave it out of builder.coverage.execFiles, then run the tests again.", e);
            } catch (IllegalStateException e) {
                throw new CoverageException(name + " does not fit the execution data read before it (" + e.getMessage()
                        + "): the files come from different builds of the same class. Run 'mvn clean verify' to"
                        + " record them again.", e);
            }
        }
        return new ExecutionData(store, sessions, List.copyOf(files));
    }
}
