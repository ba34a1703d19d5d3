package dev.backendbuilder.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation will do, file by file, before anything is written (a dry run prints it).
 *
 * @param orphans files a previous generation wrote that the design no longer produces and that were changed since
 *     (or are matched by {@code .builderignore}): kept, and listed; the unchanged ones are {@link Action#DELETE} steps
 */
public record GenerationPlan(Path root, List<Step> steps, List<String> orphans, Manifest manifest) {

    public GenerationPlan {
        steps = List.copyOf(steps);
        orphans = List.copyOf(orphans);
    }

    /** What happens to one file. */
    public enum Action {
        /** New file. */
        CREATE,
        /** Generated before and untouched since: replaced by the new version. */
        UPDATE,
        /** Already as generated. */
        UNCHANGED,
        /** Changed by the user, with no base to merge from: kept, the new version goes beside it as {@code <name>.builder-new}. */
        KEEP_USER_EDIT,
        /** Changed by the user and by the new version, on different lines: the user's changes merged into the new version. */
        MERGED_EDIT,
        /**
         * Changed by the user and by the new version on the same lines: the user's file is kept, the merge with
         * conflict markers goes beside it as {@code <name>.builder-conflict}.
         */
        CONFLICT,
        /** The user's pom.xml gains what the backend needs (the old one is kept as pom.xml.bak). */
        MERGED,
        /** Matched by {@code .builderignore}: not touched. */
        IGNORED,
        /**
         * Generated before, unchanged since (its hash is the manifest's), and no longer generated from the design (an
         * entity dropped or renamed): deleted, so no stale class is left mapping a table that is gone.
         */
        DELETE
    }

    /**
     * @param content the bytes to write; {@code null} when nothing is written
     * @param changes what a merge changed in the file and why, one sentence each (empty for other actions)
     */
    public record Step(String path, Action action, byte[] content, List<String> changes) {

        public Step {
            changes = List.copyOf(changes);
        }

        public Step(String path, Action action, byte[] content) {
            this(path, action, content, List.of());
        }
    }

    public List<Step> stepsOf(Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }
}
