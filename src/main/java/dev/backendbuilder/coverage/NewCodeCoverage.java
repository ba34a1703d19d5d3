package dev.backendbuilder.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/**
 * Line coverage of the changed lines of main sources: a changed line counts when JaCoCo has code
 * on it (coverable), and as covered when at least one of its instructions ran (as JaCoCo's LINE
 * counter does). Lines of excluded or generated classes are not coverable here either.
 *
 * @param changedLines    changed lines in main source files
 * @param coverableLines  of those, lines with code
 * @param coveredLines    of those, lines that ran
 * @param uncovered       changed coverable lines that did not run, as {@code com/example/Foo.java:12}
 */
public record NewCodeCoverage(int changedLines, int coverableLines, int coveredLines, List<String> uncovered) {

    /** Maps the changed lines under {@code sourceRoots} onto the coverage tree. */
    public static NewCodeCoverage measure(IBundleCoverage bundle, ChangedLines changes, List<Path> sourceRoots) {
        Map<String, ISourceFileCoverage> sources = new HashMap<>();
        for (IPackageCoverage pack : bundle.getPackages()) {
            for (ISourceFileCoverage source : pack.getSourceFiles()) {
                sources.put(pack.getName().isEmpty() ? source.getName() : pack.getName() + "/" + source.getName(), source);
            }
        }
        int changed = 0;
        int coverable = 0;
        int covered = 0;
        List<String> uncovered = new ArrayList<>();
        for (Map.Entry<Path, SortedSet<Integer>> file : changes.files().entrySet()) {
            String key = sourceKey(file.getKey(), sourceRoots);
            if (key == null) {
                continue;
            }
            changed += file.getValue().size();
            ISourceFileCoverage source = sources.get(key);
            if (source == null) {
                continue;
            }
            for (int line : file.getValue()) {
                int status = source.getLine(line).getStatus();
                if (status == ICounter.EMPTY) {
                    continue;
                }
                coverable++;
                if (status == ICounter.NOT_COVERED) {
                    uncovered.add(key + ":" + line);
                } else {
                    covered++;
                }
            }
        }
        return new NewCodeCoverage(changed, coverable, covered, List.copyOf(uncovered));
    }

    /** {@code com/example/Foo.java} for a file under one of the roots, else {@code null}. */
    private static String sourceKey(Path file, List<Path> roots) {
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (file.startsWith(absolute)) {
                return absolute.relativize(file).toString().replace('\\', '/');
            }
        }
        return null;
    }

    /** Covered share of the coverable changed lines; {@code NaN} when none is coverable. */
    public double ratio() {
        return coverableLines == 0 ? Double.NaN : (double) coveredLines / coverableLines;
    }
}
