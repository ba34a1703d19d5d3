package dev.backendbuilder.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * The user's edits to a generated file carried into its new version, as copier updates a project: the
 * version generated last time is the base, the user's file and the new version the two sides, merged
 * line by line with JGit's merge (histogram diff, as {@code git merge}). Where both changed the same
 * lines, the result holds git's conflict markers.
 */
final class ThreeWayMerge {

    /** The sides as the conflict markers name them. */
    static final List<String> SIDES = List.of("generated before", "yours", "generated now");

    /** @param content the merged file, with conflict markers where {@code conflicted} */
    record Result(byte[] content, boolean conflicted) {
    }

    private ThreeWayMerge() {
    }

    static Result of(byte[] base, byte[] yours, byte[] generated) {
        MergeAlgorithm algorithm = new MergeAlgorithm(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
        MergeResult<RawText> merge = algorithm.merge(RawTextComparator.DEFAULT, new RawText(base), new RawText(yours),
                new RawText(generated));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, merge, SIDES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return new Result(out.toByteArray(), merge.containsConflicts());
    }
}
