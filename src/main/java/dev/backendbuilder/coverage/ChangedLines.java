package dev.backendbuilder.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The lines added or changed since the merge-base of {@code HEAD} and a reference (a branch such as
 * {@code origin/main}, a tag or a commit), up to the working tree: committed, staged and unstaged
 * changes and new files all count, as a reviewer would see them. Read with JGit, so no git
 * executable is needed.
 *
 * @param reference what the user named
 * @param mergeBase the merge-base commit, abbreviated
 * @param files     changed line numbers (1-based) by absolute file path
 */
public record ChangedLines(String reference, String mergeBase, Map<Path, SortedSet<Integer>> files) {

    /** Finds the repository holding {@code folder} and diffs it against the merge-base with {@code reference}. */
    public static ChangedLines since(Path folder, String reference) throws CoverageException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            throw new CoverageException("builder.coverage.newCode.reference is '" + reference + "', but " + folder
                    + " is not inside a git repository. Run the build in a git checkout, or leave the parameter out.");
        }
        try (Repository repository = builder.setMustExist(true).build();
                RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            RevCommit head = commit(repository, walk, "HEAD", "HEAD (the repository has no commit yet)");
            RevCommit other = commit(repository, walk, reference, "'" + reference + "'");
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(other));
            RevCommit base = walk.next();
            if (base == null) {
                throw new CoverageException("HEAD and '" + reference + "' have no common ancestor, so there is no new"
                        + " code to measure against it. Name a reference on the same history.");
            }
            base = walk.parseCommit(base);
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Map<Path, SortedSet<Integer>> files = new TreeMap<>();
            try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
                diff.setRepository(repository);
                diff.setDiffComparator(RawTextComparator.DEFAULT);
                diff.setDetectRenames(true);
                diff.setPathFilter(PathSuffixFilter.create(".java"));
                CanonicalTreeParser old = new CanonicalTreeParser(null, reader, base.getTree());
                List<DiffEntry> entries = diff.scan(old, new FileTreeIterator(repository));
                for (DiffEntry entry : entries) {
                    if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !entry.getNewPath().endsWith(".java")) {
                        continue;
                    }
                    SortedSet<Integer> lines = new TreeSet<>();
                    for (Edit edit : diff.toFileHeader(entry).toEditList()) {
                        for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                            lines.add(line + 1);
                        }
                    }
                    if (!lines.isEmpty()) {
                        files.put(top.resolve(entry.getNewPath()).normalize(), lines);
                    }
                }
            }
            return new ChangedLines(reference, base.abbreviate(7).name(), files);
        } catch (IOException e) {
            throw new CoverageException("Cannot read the git repository at " + builder.getGitDir() + " ("
                    + e.getMessage() + "). Check that 'git status' works there.", e);
        }
    }

    private static RevCommit commit(Repository repository, RevWalk walk, String name, String described)
            throws IOException, CoverageException {
        ObjectId id;
        try {
            id = repository.resolve(name + "^{commit}");
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null) {
            throw new CoverageException("Unknown git reference " + described + " for builder.coverage.newCode.reference."
                    + " Name a branch, tag or commit that exists here (in CI, fetch it first, e.g."
                    + " 'git fetch origin main' for origin/main).");
        }
        return walk.parseCommit(id);
    }

    /** The changed files, for tests and messages. */
    public List<Path> paths() {
        return new ArrayList<>(files.keySet());
    }
}
