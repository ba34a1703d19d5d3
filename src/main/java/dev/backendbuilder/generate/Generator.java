package dev.backendbuilder.generate;

import dev.backendbuilder.design.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generation pipeline: design → {@link ProjectView} → contributors → templates → ignore rules
 * → a {@link GenerationPlan} that says, file by file, what will happen; {@link #apply} then writes
 * the plan as one all-or-nothing batch.
 */
public final class Generator {

    /** Suffix of the new version of a file the user has changed. */
    public static final String NEW_SUFFIX = ".builder-new";

    /** Suffix of the merge, with conflict markers, of a file the user changed where the new version changed too. */
    public static final String CONFLICT_SUFFIX = ".builder-conflict";

    private final List<Contributor> contributors;
    private final TemplateRenderer renderer;
    private final String pluginVersion;

    public Generator(List<Contributor> contributors, TemplateRenderer renderer, String pluginVersion) {
        this.contributors = List.copyOf(contributors);
        this.renderer = renderer;
        this.pluginVersion = pluginVersion;
    }

    /**
     * Plans the generation of {@code design} into {@code root}.
     *
     * @param designText the design file's bytes: copied into a new project so it validates itself
     * @param existingPom whether {@code root} already holds a user's pom.xml (then it is merged, never replaced)
     */
    public GenerationPlan plan(Design design, byte[] designText, Path root, boolean existingPom) throws IOException {
        return plan(design, designText, root, existingPom, false);
    }

    /**
     * As {@link #plan(Design, byte[], Path, boolean)}, and with {@code allowDataLoss} the next migration may drop
     * the tables and columns the design no longer has.
     */
    public GenerationPlan plan(Design design, byte[] designText, Path root, boolean existingPom, boolean allowDataLoss)
            throws IOException {
        ProjectView project = ViewModel.of(design, pluginVersion);
        Map<String, byte[]> outputs = render(project);
        if (!existingPom) {
            outputs.put("design.yaml", designText);
        }
        ProjectView previous = Migrations.previous(root, pluginVersion);
        Map<String, List<String>> migrations = Migrations.plan(outputs, root, project, previous, designText, allowDataLoss,
                renderer);
        Bases bases = new Bases(previous);
        IgnoreRules ignore = IgnoreRules.read(root);
        Manifest manifest = Manifest.read(root);
        List<GenerationPlan.Step> steps = new ArrayList<>();
        Map<String, String> nextManifest = new TreeMap<>();
        for (Map.Entry<String, byte[]> output : outputs.entrySet()) {
            String path = output.getKey();
            byte[] content = output.getValue();
            Path file = root.resolve(path);
            boolean schemaRecord = migrations.containsKey(path) || path.equals(Migrations.SNAPSHOT);
            if (ignore.ignores(path) && schemaRecord) {
                // skipped, the design's change would be recorded as migrated while no migration was written
                throw new GenerationException(path + " matches " + IgnoreRules.FILE + ", but generate must write it:"
                        + " it records what the database has. Take it out of " + IgnoreRules.FILE + ".");
            }
            if (ignore.ignores(path)) {
                steps.add(new GenerationPlan.Step(path, GenerationPlan.Action.IGNORED, null));
                manifest.hashOf(path).ifPresent(hash -> nextManifest.put(path, hash));
                continue;
            }
            if (path.equals("pom.xml") && existingPom) {
                byte[] current = Files.readAllBytes(file);
                PomMerger.Result merge = PomMerger.mergeExplained(current, content);
                boolean same = Arrays.equals(merge.pom(), current);
                steps.add(new GenerationPlan.Step(path, same ? GenerationPlan.Action.UNCHANGED : GenerationPlan.Action.MERGED,
                        same ? null : merge.pom(), merge.changes()));
                continue;
            }
            GenerationPlan.Step step = path.equals(Migrations.SNAPSHOT) ? overwrite(path, file, content, nextManifest)
                    : decide(path, file, content, manifest, nextManifest, bases);
            steps.add(migrations.containsKey(path)
                    ? new GenerationPlan.Step(path, step.action(), step.content(), migrations.get(path)) : step);
        }
        List<String> orphans = new ArrayList<>();
        for (Map.Entry<String, String> entry : manifest.entries().entrySet()) {
            String path = entry.getKey();
            // the design itself is copied into a new project only; generating from inside that project keeps it
            if (!outputs.containsKey(path) && path.equals("design.yaml")) {
                nextManifest.put(path, entry.getValue());
            } else if (!outputs.containsKey(path) && Files.exists(root.resolve(path))) {
                boolean untouched = entry.getValue().equals(Manifest.sha256(Files.readAllBytes(root.resolve(path))));
                if (untouched && !ignore.ignores(path)) {
                    // nothing of the user's in it, and left behind it would still compile and map what is gone
                    steps.add(new GenerationPlan.Step(path, GenerationPlan.Action.DELETE, null));
                    continue;
                }
                orphans.add(path);
                // Still ours: listed again next time, and regenerated (not "kept as yours") if the design brings it back.
                nextManifest.put(path, entry.getValue());
            }
        }
        return new GenerationPlan(root, steps, orphans, new Manifest(nextManifest));
    }

    /** What the last generation wrote, rendered again from its design when a file the user changed needs its base. */
    private final class Bases {
        private final ProjectView previous;
        private Map<String, byte[]> outputs;

        Bases(ProjectView previous) {
            this.previous = previous;
        }

        /** The base of {@code path}, if it is exactly what was generated then (the manifest's hash says so). */
        byte[] of(String path, Manifest manifest) {
            if (previous == null) {
                return null;
            }
            if (outputs == null) {
                outputs = render(previous);
            }
            byte[] base = outputs.get(path);
            return base != null && manifest.hashOf(path).filter(Manifest.sha256(base)::equals).isPresent() ? base : null;
        }
    }

    /** A file only generate writes (the schema snapshot): an edit of it would make the next migration wrong. */
    private static GenerationPlan.Step overwrite(String path, Path file, byte[] content, Map<String, String> nextManifest)
            throws IOException {
        nextManifest.put(path, Manifest.sha256(content));
        if (!Files.exists(file)) {
            return new GenerationPlan.Step(path, GenerationPlan.Action.CREATE, content);
        }
        return Arrays.equals(Files.readAllBytes(file), content) ? new GenerationPlan.Step(path, GenerationPlan.Action.UNCHANGED, null)
                : new GenerationPlan.Step(path, GenerationPlan.Action.UPDATE, content);
    }

    private static GenerationPlan.Step decide(String path, Path file, byte[] content, Manifest manifest,
            Map<String, String> nextManifest, Bases bases) throws IOException {
        String hash = Manifest.sha256(content);
        if (!Files.exists(file)) {
            nextManifest.put(path, hash);
            return new GenerationPlan.Step(path, GenerationPlan.Action.CREATE, content);
        }
        byte[] current = Files.readAllBytes(file);
        if (Arrays.equals(current, content)) {
            nextManifest.put(path, hash);
            return new GenerationPlan.Step(path, GenerationPlan.Action.UNCHANGED, null);
        }
        String currentHash = Manifest.sha256(current);
        if (manifest.hashOf(path).filter(currentHash::equals).isPresent()) {
            nextManifest.put(path, hash);
            return new GenerationPlan.Step(path, GenerationPlan.Action.UPDATE, content);
        }
        Path conflict = file.resolveSibling(file.getFileName() + CONFLICT_SUFFIX);
        if (Files.isRegularFile(conflict)) {
            // a conflict of an earlier run, not resolved yet: listed again (and the goal fails again) until it is
            manifest.hashOf(path).ifPresent(old -> nextManifest.put(path, old));
            return new GenerationPlan.Step(path, GenerationPlan.Action.CONFLICT, Files.readAllBytes(conflict));
        }
        byte[] base = bases.of(path, manifest);
        if (base == null && manifest.hashOf(path).filter(hash::equals).isPresent()) {
            // no base rendered (the last design did not give this file, e.g. its entity was dropped and is back), but
            // the new version is byte for byte the one generated last, so it is the base: nothing new to bring
            base = content;
        }
        if (base != null) {
            // The user changed what was generated: their changes go into the new version. The manifest then holds
            // the new version's hash, so the next generation merges from it (it renders it again from this design).
            nextManifest.put(path, hash);
            if (Arrays.equals(base, content)) {
                return new GenerationPlan.Step(path, GenerationPlan.Action.UNCHANGED, null); // nothing new to bring
            }
            ThreeWayMerge.Result merge = ThreeWayMerge.of(base, current, content);
            return new GenerationPlan.Step(path, merge.conflicted() ? GenerationPlan.Action.CONFLICT
                    : GenerationPlan.Action.MERGED_EDIT, merge.content());
        }
        // The user changed it (or wrote it) and there is no base to merge from: it stays, and keeps its old
        // manifest entry so it stays theirs.
        manifest.hashOf(path).ifPresent(old -> nextManifest.put(path, old));
        return new GenerationPlan.Step(path, GenerationPlan.Action.KEEP_USER_EDIT, content);
    }

    /**
     * Runs every contributor, then renders their files, sorted by path. Rendering is the costly
     * part and each file is independent (templates and view model are read-only), so files are
     * rendered in parallel; the result does not depend on the order.
     */
    Map<String, byte[]> render(ProjectView project) {
        record Job(String path, String template, Map<String, Object> model, byte[] content) {
        }
        List<Job> jobs = new ArrayList<>();
        Map<String, Object> base = Map.of("project", project);
        for (Contributor contributor : contributors) {
            contributor.contribute(project, new Contributor.Output() {
                @Override
                public void render(String path, String template, Map<String, Object> extraModel) {
                    Map<String, Object> model = new HashMap<>(base);
                    model.putAll(extraModel);
                    jobs.add(new Job(path, template, model, null));
                }

                @Override
                public void copy(String path, byte[] content) {
                    jobs.add(new Job(path, null, null, content));
                }
            });
        }
        List<byte[]> contents = jobs.parallelStream().map(job -> job.content() != null ? job.content()
                : tidy(job.path(), renderer.render(job.template(), job.model())).getBytes(StandardCharsets.UTF_8))
                .toList();
        Map<String, byte[]> outputs = new TreeMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            put(outputs, jobs.get(i).path(), contents.get(i));
        }
        return outputs;
    }

    private static String tidy(String path, String text) {
        return path.endsWith(".java") ? JavaImports.tidy(TypeReferences.resolve(path, text)) : TypeReferences.strip(text);
    }

    private static void put(Map<String, byte[]> outputs, String path, byte[] content) {
        if (outputs.putIfAbsent(path, content) != null) {
            throw new GenerationException("Two contributors generate " + path + "; rename one of the design's"
                    + " entities or enum fields so their files differ.");
        }
    }

    /** Writes the plan and the new manifest: all files or none. */
    public void apply(GenerationPlan plan) throws IOException, FileConflictException {
        FileBatch batch = new FileBatch();
        for (GenerationPlan.Step step : plan.steps()) {
            Path file = plan.root().resolve(step.path());
            switch (step.action()) {
                case CREATE -> batch.add(file, step.content(), false);
                case UPDATE -> batch.replace(file, step.content());
                case MERGED -> batch.add(file, step.content(), true);
                case KEEP_USER_EDIT -> batch.replace(file.resolveSibling(file.getFileName() + NEW_SUFFIX), step.content());
                case MERGED_EDIT -> batch.replace(file, step.content());
                case CONFLICT -> batch.replace(file.resolveSibling(file.getFileName() + CONFLICT_SUFFIX), step.content());
                case DELETE -> batch.delete(file);
                default -> {
                }
            }
        }
        batch.replace(plan.root().resolve(Manifest.PATH), plan.manifest().toBytes(pluginVersion));
        batch.write(true);
    }
}
