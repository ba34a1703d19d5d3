package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.design.random.RandomDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Tier 1 of the design space: many random designs, each validated, rendered in memory and its main
 * and test sources compiled against the generated project's real class path. Zero errors allowed.
 *
 * <p>{@code -Ddesignspace.count=500} designs from {@code -Ddesignspace.seed=<base>} (new each run and
 * printed; seeds are base, base+1, …), on {@code -Ddesignspace.threads=2} threads.
 * {@code -Ddesignspace.exclude=<features>} leaves feature classes out while a known failure is fixed;
 * {@code -Ddesignspace.design=<design.yaml or folder>} compiles that design (or every *.yaml of the folder) instead. The rendered project of
 * each failed design (the first 20) is written to {@code target/design-space/failed/<seed>/} to look at.
 */
class DesignSpaceIT {

    private static final int SHOWN_IN_FULL = 3;
    private static final int ERRORS_SHOWN = 8;
    private static final int WRITTEN = 20;

    /** One design to compile: its seed (or file name) and its text. */
    private record Candidate(String label, String yaml) {
    }

    private record Outcome(Candidate candidate, List<InMemoryCompiler.Error> errors) {
    }

    @Test
    void every_random_design_compiles_main_and_test_sources() throws Exception {
        int threads = Integer.getInteger("designspace.threads", 2);
        Path work = Path.of(System.getProperty("designspace.dir", "target/design-space"));
        int jdk = Runtime.version().feature();
        List<Candidate> candidates = candidates(jdk);

        long started = System.nanoTime();
        Map<Candidate, String> poms = new LinkedHashMap<>();
        List<Outcome> failed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            try {
                poms.put(candidate, Fixtures.render(design(candidate)).get("pom.xml"));
            } catch (GenerationException e) { // validate accepted the design, generate refuses it: a failure like any other
                failed.add(new Outcome(candidate, List.of(new InMemoryCompiler.Error("(generate)", 0, "GenerationException: " + e.getMessage()))));
            }
        }
        Map<String, GeneratedClassPaths.ClassPath> classPaths =
            new GeneratedClassPaths(work, GeneratedClassPaths.mavenOfThisBuild()).resolve(poms.values());
        long resolved = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<InMemoryCompiler> compilers = ThreadLocal.withInitial(InMemoryCompiler::new);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        poms.forEach((candidate, pom) -> {
            GeneratedClassPaths.ClassPath classPath = classPaths.get(GeneratedClassPaths.key(pom));
            outcomes.add(pool.submit(() -> compile(candidate, classPath, compilers.get(), jdk)));
        });
        for (Future<Outcome> outcome : outcomes) {
            if (!outcome.get().errors().isEmpty()) {
                failed.add(outcome.get());
            }
        }
        pool.shutdown();
        long finished = System.nanoTime();

        String summary = String.format("design space: %d designs, %d failed; %.1f s in all (%.1f s rendering and resolving %d class paths,"
                + " %.0f ms per design compiling on %d threads)", candidates.size(), failed.size(), (finished - started) / 1e9,
            (resolved - started) / 1e9, classPaths.size(), (finished - resolved) / 1e6 / Math.max(1, poms.size()), threads);
        System.out.println(summary);
        String report = report(failed);
        Files.createDirectories(work);
        Files.writeString(work.resolve("tier1-report.txt"), summary + "\n" + report);
        writeFailed(failed, work.resolve("failed"));
        assertThat(failed).as("random designs whose generated project does not compile (%s)\n%s", work.resolve("tier1-report.txt"), report)
            .isEmpty();
    }

    private static List<Candidate> candidates(int jdk) throws IOException {
        String given = System.getProperty("designspace.design", "");
        if (!given.isBlank()) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(Path.of(given))) {
                try (var listing = Files.list(Path.of(given))) {
                    listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            } else {
                files.add(Path.of(given));
            }
            System.out.printf("design space: compiling %d designs of %s; Java releases above %d compiled with --release %d%n",
                files.size(), given, jdk, jdk);
            List<Candidate> candidates = new ArrayList<>();
            for (Path file : files) {
                candidates.add(new Candidate(file.toString(), Files.readString(file)));
            }
            return candidates;
        }
        int count = Integer.getInteger("designspace.count", 500);
        long base = seed(System.getProperty("designspace.seed", "random"));
        RandomDesigns.Options options = RandomDesigns.Options.fromSystemProperties();
        System.out.printf("design space: %d designs from seed %d (replay: -Ddesignspace.seed=%d -Ddesignspace.count=%d)%s;"
            + " Java releases above %d compiled with --release %d%n", count, base, base, count,
            options.excluded().isEmpty() ? "" : " excluding " + options.excluded(), jdk, jdk);
        List<Candidate> candidates = new ArrayList<>();
        for (long seed = base; seed < base + count; seed++) {
            candidates.add(new Candidate(String.valueOf(seed), RandomDesigns.yaml(seed, options)));
        }
        return candidates;
    }

    private static Design design(Candidate candidate) {
        try {
            return new DesignLoader().parse(candidate.yaml(), "design.yaml");
        } catch (DesignException e) {
            throw new AssertionError("the design " + candidate.label() + " is not valid: for a random one, a bug of RandomDesigns or"
                + " of the validator.\n" + e.getMessage() + "\n" + candidate.yaml(), e);
        }
    }

    private static Outcome compile(Candidate candidate, GeneratedClassPaths.ClassPath classPath, InMemoryCompiler compiler, int jdk) {
        Design design = design(candidate);
        Map<String, String> main = new TreeMap<>();
        Map<String, String> all = new TreeMap<>();
        Fixtures.render(design).forEach((path, text) -> {
            if (path.endsWith(".java")) {
                all.put(path, text);
                if (path.startsWith("src/main/java/")) {
                    main.put(path, text);
                }
            }
        });
        int release = Math.min(design.app().javaRelease(), jdk);
        List<InMemoryCompiler.Error> errors = compiler.compile(main, classPath.main(), release, "src/main/java/");
        if (errors.isEmpty()) {
            errors = compiler.compile(all, classPath.test(), release, "src/test/java/");
        }
        return new Outcome(candidate, errors);
    }

    /** The failures grouped by their first error (file kind and message shape), then the first few designs in full. */
    private static String report(List<Outcome> failed) {
        if (failed.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byClass = new TreeMap<>();
        for (Outcome outcome : failed) {
            InMemoryCompiler.Error first = outcome.errors().get(0);
            String file = first.path().replaceAll(".*/", "").replaceAll("^[A-Z][A-Za-z0-9]*?(?=[A-Z][a-z]*\\.java)", "*");
            byClass.computeIfAbsent(file + ": " + shape(first.message()), k -> new ArrayList<>()).add(outcome.candidate().label());
        }
        StringBuilder out = new StringBuilder("first error of each failed design, by file and message shape (designs, first seeds):\n");
        byClass.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size()))
            .forEach(e -> out.append(String.format("  %4d  %s   seeds %s%n", e.getValue().size(), e.getKey(),
                e.getValue().stream().limit(5).collect(Collectors.joining(", ")))));
        for (Outcome outcome : failed.subList(0, Math.min(SHOWN_IN_FULL, failed.size()))) {
            out.append("\n--- ").append(outcome.candidate().label()).append(": ").append(outcome.errors().size()).append(" errors\n");
            outcome.errors().stream().limit(ERRORS_SHOWN).forEach(e -> out.append("  ").append(e).append('\n'));
            out.append(outcome.candidate().yaml());
        }
        return out.append("\nall failed: ").append(failed.stream().map(o -> o.candidate().label()).collect(Collectors.joining(" "))).toString();
    }

    /** A javac message without the names in it: "variable size is already defined…" → "variable _ is already defined…". */
    static String shape(String message) {
        String first = message.lines().findFirst().orElse("");
        return first.replaceAll("\\([^)]*\\)", "(…)").replaceAll("\\b[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+", "T")
            .replaceAll("\\b[A-Z][A-Za-z0-9_]*\\b", "T").replaceAll("\\b(variable|method|field|parameter)\\s+\\w+", "$1 _");
    }

    /** The design, its errors and its rendered project, for the first failures: what a person debugging needs. */
    private static void writeFailed(List<Outcome> failed, Path folder) throws IOException {
        for (Outcome outcome : failed.subList(0, Math.min(WRITTEN, failed.size()))) {
            Path project = folder.resolve(Path.of(outcome.candidate().label()).getFileName().toString());
            Files.createDirectories(project);
            Files.writeString(project.resolve("design.yaml"), outcome.candidate().yaml());
            Files.write(project.resolve("errors.txt"), outcome.errors().stream().map(Object::toString).toList());
            if (!outcome.errors().get(0).path().equals("(generate)")) {
                for (Map.Entry<String, String> file : Fixtures.render(design(outcome.candidate())).entrySet()) {
                    Path target = project.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue());
                }
            }
        }
    }

    /**
     * The base seed: a number replays a run; {@code random} draws a new one. The build's default is a
     * base whose designs are known to pass (pom property {@code designspace.seed}), so that a green
     * build stays green; the deep profile and {@code -Ddesignspace.seed=random} explore new ones.
     */
    static long seed(String property) {
        return "random".equals(property) ? System.nanoTime() & 0xffff_ffffL : Long.parseLong(property.trim());
    }
}
