package dev.backendbuilder.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;

/**
 * The class files of one or more modules analysed against merged execution data with JaCoCo's
 * {@link Analyzer}. JaCoCo's own filters apply (among them: classes and methods carrying an
 * annotation whose simple name contains {@code Generated} with CLASS or RUNTIME retention, Lombok
 * and compiler-generated code); {@link ClassFilter} leaves out classes by name.
 *
 * @param bundle          JaCoCo's coverage tree
 * @param analysedClasses how many class files were analysed
 * @param excludedClasses classes left out by name, dotted
 * @param staleClasses    classes whose execution data was recorded from a different build of them, dotted
 */
public record CoverageAnalysis(IBundleCoverage bundle, int analysedClasses, List<String> excludedClasses,
        List<String> staleClasses) {

    /** A module's folders. */
    public record Module(String name, Path folder, Path classes, List<Path> sourceRoots) {
        public Module {
            sourceRoots = List.copyOf(sourceRoots);
        }
    }

    /** Analyses every class file under the modules' class folders (folders that do not exist are empty). */
    public static CoverageAnalysis analyse(String bundleName, List<Module> modules, ExecutionData data, ClassFilter filter,
            Path base) throws CoverageException {
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(data.store(), builder);
        int analysed = 0;
        List<String> excluded = new ArrayList<>();
        for (Module module : modules) {
            for (Path file : classFiles(module.classes(), base)) {
                String relative = module.classes().relativize(file).toString().replace('\\', '/');
                String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                if (className.endsWith("module-info") || className.endsWith("package-info")) {
                    continue;
                }
                if (filter.excludes(className)) {
                    excluded.add(className);
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    analyzer.analyzeClass(in, DisplayPaths.show(base, file));
                    analysed++;
                } catch (IOException e) {
                    throw new CoverageException("Cannot analyse " + DisplayPaths.show(base, file) + ": "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                            + ". Is it a class file JaCoCo 0.8.15 can read? Rebuild the module or exclude the class"
                            + " with builder.coverage.excludes.", e);
                } catch (IllegalStateException e) {
                    throw new CoverageException(e.getMessage() + " (again in " + DisplayPaths.show(base, file)
                            + "): two modules hold a different class of the same name. Leave one out with"
                            + " builder.coverage.excludes.", e);
                }
            }
        }
        return new CoverageAnalysis(builder.getBundle(bundleName), analysed, List.copyOf(excluded),
                names(builder.getNoMatchClasses()));
    }

    private static List<Path> classFiles(Path folder, Path base) throws CoverageException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CoverageException("Cannot list the class files in " + DisplayPaths.show(base, folder) + ": "
                    + e.getMessage() + ". Check that the folder is readable.", e);
        }
    }

    private static List<String> names(Collection<IClassCoverage> classes) {
        return classes.stream().map(c -> RuleChecker.dotted(c.getName())).sorted().toList();
    }

    /** Whether there was any class with code to measure. */
    public boolean hasCode() {
        return bundle.getInstructionCounter().getTotalCount() > 0;
    }
}
