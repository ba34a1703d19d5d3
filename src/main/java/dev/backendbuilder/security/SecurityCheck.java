package dev.backendbuilder.security;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.ResultStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The whole security check of one module: dependency vulnerabilities, bytecode bugs, judgement,
 * and the HTML and SARIF files, with the content-keyed {@link ScanCache} in front of both tools.
 */
public final class SecurityCheck {

    /**
     * What to check and how.
     *
     * @param dependencyCheck  Dependency-Check settings, or {@code null} to leave dependencies out
     * @param artifacts        the dependency files to scan
     * @param failOnNoData     no vulnerability data fails (ERROR) rather than warns
     * @param spotBugs         SpotBugs settings, or {@code null} to leave the classes out
     * @param classes          the compiled classes ({@code target/classes})
     * @param auxClasspath     the classes' dependencies, for SpotBugs to resolve types
     * @param policy           the CVSS policy
     * @param suppressions     suppressions file (may be absent)
     * @param baseline         bug baseline file (may be absent)
     * @param updateBaseline   rewrite the baseline from this run's bugs
     * @param moduleDir        the module's folder, to which locations are relative
     * @param pom              the module's pom
     * @param sourceRoots      source folders, to locate bug source files
     * @param outputDir        {@code target/builder}
     * @param toolVersion      the plugin version, for SARIF
     */
    public record Request(DependencyCheckSettings dependencyCheck, List<ScannedArtifact> artifacts, boolean failOnNoData,
            SpotBugsSettings spotBugs, Path classes, List<Path> auxClasspath, CvssPolicy policy, Path suppressions,
            Path baseline, boolean updateBaseline, Path moduleDir, Path pom, List<Path> sourceRoots, Path outputDir,
            String toolVersion) {

        public Request {
            artifacts = List.copyOf(artifacts);
            auxClasspath = List.copyOf(auxClasspath);
            sourceRoots = List.copyOf(sourceRoots);
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(moduleDir, "moduleDir");
            Objects.requireNonNull(outputDir, "outputDir");
        }
    }

    private final Clock clock;
    private final Consumer<String> log;

    public SecurityCheck(Clock clock, Consumer<String> log) {
        this.clock = clock;
        this.log = log;
    }

    /**
     * Runs the check and writes {@code security.html} and {@code security.sarif} into the output folder.
     *
     * @throws NoVulnerabilityDataException when there is no vulnerability data and {@code failOnNoData}
     * @throws SecurityToolException        when a tool or an input is broken
     */
    public SecurityReport run(Request request) throws NoVulnerabilityDataException, SecurityToolException {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        ScanCache cache = new ScanCache(request.outputDir().resolve(".security-cache"));
        List<Suppression> suppressions = Suppressions.read(request.suppressions(), display(request, request.suppressions()));
        Baseline baseline = Baseline.read(request.baseline(), display(request, request.baseline()));

        DependencyScan dependencies = null;
        String noData = null;
        if (request.dependencyCheck() == null) {
            notes.add("Dependency vulnerabilities not checked (builder.security.dependencies.skip=true).");
        } else if (request.artifacts().isEmpty()) {
            notes.add("No dependencies in the scanned scopes: no vulnerability scan needed.");
            dependencies = new DependencyScan(0, List.of(), List.of(), null, List.of());
        } else {
            try {
                dependencies = scanDependencies(request, cache, notes);
            } catch (NoVulnerabilityDataException e) {
                if (request.failOnNoData()) {
                    throw e;
                }
                noData = e.getMessage();
            }
        }
        List<BugFinding> bugs = null;
        int classCount = 0;
        if (request.spotBugs() == null) {
            notes.add("Bytecode not analysed (builder.security.spotbugs.skip=true).");
        } else if (request.classes() == null || !Files.isDirectory(request.classes())) {
            notes.add("Bytecode not analysed: no compiled classes in " + request.classes() + ".");
        } else {
            Map<String, String> classHashes = hashes(request.classes());
            classCount = (int) classHashes.keySet().stream().filter(n -> n.endsWith(".class")).count();
            if (classCount == 0) {
                notes.add("Bytecode not analysed: no class files in " + display(request, request.classes()) + ".");
            }
            bugs = classCount == 0 ? null : analyseBytecode(request, cache, classHashes, classCount);
            if (bugs != null && request.updateBaseline()) {
                try {
                    Baseline.write(request.baseline(), bugs);
                } catch (IOException e) {
                    throw new SecurityToolException("Cannot write the baseline " + request.baseline() + ": " + e.getMessage() + ".", e);
                }
                log.accept("Wrote " + bugs.size() + " accepted bug(s) to " + display(request, request.baseline())
                        + "; review and commit it.");
                baseline = Baseline.read(request.baseline(), display(request, request.baseline()));
            }
        }
        String pom = display(request, request.pom());
        SecurityGate gate = new SecurityGate(request.policy(), suppressions, baseline, LocalDate.now(clock), pom,
                PomLines.of(request.pom()), path -> locate(request, path));
        Path html = request.outputDir().resolve("security.html");
        Path sarif = request.outputDir().resolve("security.sarif");
        SecurityGate.DataJudgement data = judgeData(request, dependencies);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SecurityReport report = nothingAnalysed(dependencies, noData, bugs)
                ? new SecurityReport(GateResult.skipped(SecurityGate.AREA, "Nothing was analysed, so nothing can pass: "
                        + String.join(" ", notes) + skippedFiles(dependencies)), List.of(), null, request.policy().failOnCvss())
                : gate.judge(dependencies, noData, data, bugs, classCount, notes,
                        List.of(display(request, html), display(request, sarif)), millis);
        try {
            Files.createDirectories(request.outputDir());
            write(html, HtmlPage.render(report));
            write(sarif, new SarifWriter(request.toolVersion()).write(report));
        } catch (IOException e) {
            throw new SecurityToolException("Cannot write the security reports to " + request.outputDir() + ": "
                    + e.getMessage() + ". Check that the folder is writable.", e);
        }
        return report;
    }

    /** No dependency analysed and no class file: a pass would rest on nothing (missing data is said elsewhere). */
    private static boolean nothingAnalysed(DependencyScan dependencies, String noData, List<BugFinding> bugs) {
        return noData == null && bugs == null && (dependencies == null || dependencies.scanned() == 0);
    }

    private static String skippedFiles(DependencyScan dependencies) {
        return dependencies == null || dependencies.skipped().isEmpty() ? ""
                : " Dependency-Check took no evidence from any of the " + dependencies.skipped().size()
                        + " dependency file(s) (no analyzer for their type): " + String.join(", ", dependencies.skipped()) + ".";
    }

    /** The data's provenance, printed on every scan, and whether it can back a verdict. */
    private SecurityGate.DataJudgement judgeData(Request request, DependencyScan dependencies) {
        java.time.Instant now = clock.instant();
        if (dependencies == null || dependencies.data() == null) {
            return new SecurityGate.DataJudgement(now, null);
        }
        log.accept("Vulnerability data: " + dependencies.data().describe(now));
        return new SecurityGate.DataJudgement(now,
                new VulnerabilityDataPolicy(request.dependencyCheck()).objection(dependencies.data(), now));
    }

    private DependencyScan scanDependencies(Request request, ScanCache cache, List<String> notes)
            throws NoVulnerabilityDataException, SecurityToolException {
        DependencyCheckSettings settings = request.dependencyCheck();
        StringBuilder key = new StringBuilder(settings.fingerprint()).append('\n');
        try {
            for (ScannedArtifact artifact : request.artifacts().stream()
                    .sorted(java.util.Comparator.comparing(ScannedArtifact::coordinates)).toList()) {
                key.append(artifact.coordinates()).append('=').append(ScanCache.sha256(artifact.file())).append('\n');
            }
        } catch (IOException e) {
            throw new SecurityToolException("Cannot read a dependency file: " + e.getMessage() + ".", e);
        }
        String cacheKey = ScanCache.sha256(key.toString());
        try (DependencyCheckRunner runner = new DependencyCheckRunner(settings)) {
            Path database = runner.databaseFile();
            long now = clock.millis();
            // a central database has no file whose stamp says it changed: its scans are never reused
            var cached = cache.dependencies().filter(entry -> !runner.central() && entry.key().equals(cacheKey)
                    && entry.scan() != null && entry.scan().data() != null
                    && entry.databaseStamp().equals(ScanCache.stamp(database))
                    && (!settings.updates() || now - entry.checkedAtMillis() < settings.updateValidForHours() * 3_600_000L));
            if (cached.isPresent()) {
                log.accept("Dependencies unchanged since the last scan and the vulnerability data is the same: reusing its "
                        + "result (" + cached.get().scan().findings().size() + " finding(s)).");
                notes.add("Dependency scan reused from the previous run (same dependency files, settings and database).");
                return cached.get().scan();
            }
            log.accept("Scanning " + request.artifacts().size() + " dependency file(s) with OWASP Dependency-Check (data in "
                    + settings.location() + ")");
            DependencyScan scan = runner.scan(request.artifacts());
            runner.close();
            cache.store(new ScanCache.DependencyEntry(cacheKey, ScanCache.stamp(database), now, scan));
            return scan;
        }
    }

    private List<BugFinding> analyseBytecode(Request request, ScanCache cache, Map<String, String> classHashes, int classCount)
            throws SecurityToolException {
        StringBuilder key = new StringBuilder(request.spotBugs().fingerprint()).append('\n');
        classHashes.forEach((name, hash) -> key.append(name).append('=').append(hash).append('\n'));
        try {
            for (Path path : request.auxClasspath()) {
                key.append("aux:").append(path.getFileName()).append('=')
                        .append(Files.isRegularFile(path) ? ScanCache.stamp(path) : "dir").append('\n');
            }
            Map<String, Path> filters = new java.util.TreeMap<>();
            if (request.spotBugs().includeFilter() != null) {
                filters.put("builder.security.spotbugs.includeFilter", request.spotBugs().includeFilter());
            }
            if (request.spotBugs().excludeFilter() != null) {
                filters.put("builder.security.spotbugs.excludeFilter", request.spotBugs().excludeFilter());
            }
            for (Map.Entry<String, Path> filter : filters.entrySet()) {
                SpotBugsFilterFile.check(filter.getValue(), filter.getKey());
                key.append("filter:").append(filter.getKey()).append('=').append(ScanCache.sha256(filter.getValue())).append('\n');
            }
        } catch (IOException e) {
            throw new SecurityToolException("Cannot read a SpotBugs input: " + e.getMessage() + ".", e);
        }
        String cacheKey = ScanCache.sha256(key.toString());
        var cached = cache.bugs().filter(entry -> entry.key().equals(cacheKey));
        if (cached.isPresent()) {
            log.accept("Classes unchanged since the last analysis: reusing its result (" + cached.get().bugs().size()
                    + " bug(s)).");
            return cached.get().bugs();
        }
        log.accept("Analysing " + classCount + " class file(s) with SpotBugs and Find Security Bugs (forked JVM, -Xmx"
                + request.spotBugs().maxHeap() + ")");
        List<BugFinding> bugs = new SpotBugsRunner(request.spotBugs(), log)
                .analyse(request.classes(), request.auxClasspath(), request.outputDir().resolve("spotbugs"));
        cache.store(new ScanCache.BugEntry(cacheKey, classCount, bugs));
        return bugs;
    }

    private static Map<String, String> hashes(Path classes) throws SecurityToolException {
        try {
            return ScanCache.treeHashes(classes);
        } catch (IOException e) {
            throw new SecurityToolException("Cannot read the compiled classes in " + classes + ": " + e.getMessage() + ".", e);
        }
    }

    private static String locate(Request request, String sourcePath) {
        for (Path root : request.sourceRoots()) {
            Path file = root.resolve(sourcePath);
            if (Files.isRegularFile(file)) {
                return display(request, file);
            }
        }
        return sourcePath;
    }

    /** A path relative to the module folder, with forward slashes. */
    static String display(Request request, Path path) {
        if (path == null) {
            return null;
        }
        Path module = request.moduleDir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(module) ? module.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static void write(Path file, String text) throws IOException {
        ResultStore.writeAtomically(file, text);
    }
}
