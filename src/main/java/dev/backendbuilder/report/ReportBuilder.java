package dev.backendbuilder.report;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.report.ImplementationReport.Configuration;
import dev.backendbuilder.report.ImplementationReport.DataModel;
import dev.backendbuilder.report.ImplementationReport.Dependency;
import dev.backendbuilder.report.ImplementationReport.EnvironmentVariable;
import dev.backendbuilder.report.ImplementationReport.Facts;
import dev.backendbuilder.report.ImplementationReport.ProjectInfo;
import dev.backendbuilder.report.ImplementationReport.SourceFolder;
import dev.backendbuilder.report.ImplementationReport.Structure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the facts of one module and the results of its gates into an {@link ImplementationReport}.
 */
public final class ReportBuilder {

    /**
     * Where to look.
     *
     * @param project          coordinates
     * @param basedir          the module folder
     * @param resultsDirectory {@code target/builder}: the gate results ({@code *.json})
     * @param classes          compiled main classes ({@code target/classes})
     * @param mainRoots        main source folders
     * @param testRoots        test source folders
     * @param surefireReports  {@code target/surefire-reports}
     * @param failsafeReports  {@code target/failsafe-reports}
     * @param modules          child modules (aggregator POMs)
     * @param dependencies     the direct dependencies
     * @param generatedAt      the report's time (from {@code project.build.outputTimestamp} for reproducible output)
     */
    public record Settings(ProjectInfo project, Path basedir, Path resultsDirectory, Path classes, List<Path> mainRoots,
            List<Path> testRoots, Path surefireReports, Path failsafeReports, List<String> modules,
            List<Dependency> dependencies, Instant generatedAt) {

        public Settings {
            mainRoots = List.copyOf(mainRoots);
            testRoots = List.copyOf(testRoots);
            modules = List.copyOf(modules);
            dependencies = List.copyOf(dependencies);
        }
    }

    /** The coverage gate's JaCoCo XML report, relative to the results folder. */
    static final String JACOCO_XML = "coverage/jacoco.xml";

    /** Reads the gate results and measures the project. */
    public ImplementationReport build(Settings settings) throws IOException {
        List<GateResult> gates = new ResultStore(settings.resultsDirectory()).readAll();
        Path basedir = settings.basedir();
        List<SourceFolder> folders = new ArrayList<>();
        ProjectFiles files = new ProjectFiles(basedir);
        for (Path root : settings.mainRoots()) {
            addIfPresent(folders, files.sourceFolder(root, "main"));
        }
        for (Path root : settings.testRoots()) {
            addIfPresent(folders, files.sourceFolder(root, "test"));
        }
        ConfigurationReader configurationReader = new ConfigurationReader();
        Configuration configuration = configurationReader.read(basedir);
        Structure structure = new Structure(folders, settings.modules(), configurationReader.files(basedir));
        DataModel data = new MigrationReader().read(basedir);
        BytecodeReader.Facts bytecode = new BytecodeReader().read(settings.classes());
        XmlFacts xml = new XmlFacts();
        List<String> artifactIds = settings.dependencies().stream().map(Dependency::artifactId).toList();
        List<String> variables = configuration.environment().stream().map(EnvironmentVariable::name).toList();
        Facts facts = new Facts(structure, sorted(settings.dependencies()), data, bytecode.endpoints(),
                bytecode.caching(),
                files.examples(settings.mainRoots(), settings.testRoots(), bytecode.endpoints(), data.migrationFolder(),
                        data.migrations()),
                xml.tests(basedir, settings.surefireReports(), settings.failsafeReports()),
                xml.coverage(settings.resultsDirectory().resolve(JACOCO_XML)), configuration,
                files.deployment(configuration.properties(), artifactIds, !data.migrations().isEmpty()),
                files.documentation(configuration.properties(), artifactIds, variables));
        return new ImplementationReport(ImplementationReport.FORMAT_VERSION, settings.generatedAt().toString(),
                settings.project(), Verdict.of(gates), gates, facts);
    }

    private static void addIfPresent(List<SourceFolder> folders, SourceFolder folder) {
        // generated-source folders without a class (annotation processing output) say nothing
        if (folder != null && !folder.packages().isEmpty()) {
            folders.add(folder);
        }
    }

    private static List<Dependency> sorted(List<Dependency> dependencies) {
        return dependencies.stream().sorted(java.util.Comparator.comparing(Dependency::scope)
                .thenComparing(Dependency::groupId).thenComparing(Dependency::artifactId)).toList();
    }
}
