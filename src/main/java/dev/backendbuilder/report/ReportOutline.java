package dev.backendbuilder.report;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.report.Block.Bar;
import dev.backendbuilder.report.Block.Chart;
import dev.backendbuilder.report.Block.Code;
import dev.backendbuilder.report.Block.Heading;
import dev.backendbuilder.report.Block.Items;
import dev.backendbuilder.report.Block.Grid;
import dev.backendbuilder.report.Block.Text;
import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.Dependency;
import dev.backendbuilder.report.ImplementationReport.Endpoint;
import dev.backendbuilder.report.ImplementationReport.EnvironmentVariable;
import dev.backendbuilder.report.ImplementationReport.Excerpt;
import dev.backendbuilder.report.ImplementationReport.Facts;
import dev.backendbuilder.report.ImplementationReport.ForeignKey;
import dev.backendbuilder.report.ImplementationReport.Index;
import dev.backendbuilder.report.ImplementationReport.PackageCoverage;
import dev.backendbuilder.report.ImplementationReport.Property;
import dev.backendbuilder.report.ImplementationReport.SourceFolder;
import dev.backendbuilder.report.ImplementationReport.Table;
import dev.backendbuilder.report.ImplementationReport.TestKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report's outline as blocks: the gate verdict first, then the sections of
 * "Backend Implementation", each filled with measured facts or a line saying that there are none.
 */
final class ReportOutline {

    /** Gates whose details stand in a section of their own; the details of any other gate follow the verdict. */
    private static final Set<String> SECTION_GATES = Set.of("coverage", "security", "benchmark");
    private static final String NONE = "—";

    private final ImplementationReport report;
    private final Facts facts;
    private final List<Block> blocks = new ArrayList<>();

    private ReportOutline(ImplementationReport report) {
        this.report = report;
        this.facts = report.facts();
    }

    /** The blocks of the report. */
    static List<Block> of(ImplementationReport report) {
        ReportOutline outline = new ReportOutline(report);
        outline.verdict();
        outline.add(new Heading(2, "Backend Implementation"));
        outline.structure();
        outline.data();
        outline.api();
        outline.examples();
        outline.testing();
        outline.security();
        outline.performance();
        outline.deployment();
        outline.documentation();
        return List.copyOf(outline.blocks);
    }

    private void add(Block block) {
        blocks.add(block);
    }

    private void heading(String text) {
        add(new Heading(3, text));
    }

    private void text(String text) {
        add(Text.of(text));
    }

    private void verdict() {
        ImplementationReport.ProjectInfo project = report.project();
        add(new Heading(1, "Implementation report: " + project.name() + " " + project.version()));
        text(project.groupId() + ":" + project.artifactId() + ":" + project.version() + ", generated " + report.generatedAt()
                + (project.description() == null || project.description().isBlank() ? "" : ". " + project.description().strip()));
        add(new Heading(2, "Gate Verdict"));
        Verdict verdict = report.verdict();
        if (verdict.rows().isEmpty()) {
            text("No gate results found in target/builder: no check goal (coverage, security, benchmark,"
                    + " conformance) ran before report.");
            return;
        }
        int count = verdict.violations().size();
        add(new Text(verdict.status().name(), verdict.fails()
                ? count + (count == 1 ? " violation fails the build." : " violations fail the build.")
                : "No gate fails the build."));
        add(new Grid(List.of("gate", "status", "measured", "threshold", "margin"), verdict.rows().stream()
                .map(r -> List.of(r.area(), r.status().name(), r.measured(), r.threshold(), r.margin())).toList()));
        if (count > 0) {
            add(new Items(verdict.violations().stream().map(Verdict.Failure::line).toList()));
        }
        for (GateResult gate : report.gates()) {
            if (!SECTION_GATES.contains(gate.area())) {
                add(new Heading(4, capitalise(gate.area()) + " gate"));
                gateDetails(gate);
            }
        }
    }

    private void structure() {
        heading("Project Structure");
        if (!facts.structure().modules().isEmpty()) {
            text("Modules: " + String.join(", ", facts.structure().modules()) + ".");
        }
        List<SourceFolder> folders = facts.structure().folders();
        if (folders.isEmpty()) {
            text("No source folders found.");
        } else {
            add(new Grid(List.of("folder", "kind", "packages", "classes"), folders.stream().map(f -> List.of(f.path(),
                    f.kind(), String.valueOf(f.packages().size()),
                    String.valueOf(f.packages().stream().mapToInt(Count::count).sum()))).toList()));
            List<List<String>> packages = new ArrayList<>();
            for (SourceFolder folder : folders) {
                if (folder.kind().equals("main")) {
                    folder.packages().forEach(p -> packages.add(List.of(p.name(), String.valueOf(p.count()))));
                }
            }
            if (!packages.isEmpty()) {
                add(new Grid(List.of("main package", "classes"), packages));
            }
        }
        List<String> configuration = facts.structure().configurationFiles();
        int variables = facts.configuration().environment().size();
        text(configuration.isEmpty() ? "Configuration: no application configuration files in src/main/resources."
                : "Configuration: " + String.join(", ", configuration) + "; " + variables
                        + (variables == 1 ? " environment variable" : " environment variables")
                        + " override it (see Deployment Configuration).");
        if (facts.dependencies().isEmpty()) {
            text("No direct dependencies.");
        } else {
            add(new Grid(List.of("dependency", "version", "scope"), facts.dependencies().stream()
                    .map(d -> List.of(d.groupId() + ":" + d.artifactId(), orNone(d.version()), d.scope())).toList()));
        }
    }

    private void data() {
        heading("Data Architecture");
        ImplementationReport.DataModel data = facts.data();
        if (data.migrations().isEmpty()) {
            text("No migrations found under " + MigrationReader.FOLDER + ".");
            return;
        }
        text("Migrations (" + data.migrationFolder() + "): " + String.join(", ", data.migrations()) + ".");
        if (!data.latestChanges().isEmpty()) {
            text("The latest, " + data.migrations().get(data.migrations().size() - 1) + ", runs: "
                    + String.join("; ", data.latestChanges()) + ".");
        }
        if (data.tables().isEmpty()) {
            text("The migrations create no tables.");
        } else {
            add(new Grid(List.of("table", "columns", "primary key", "unique", "foreign keys", "indexes", "checks"),
                    data.tables().stream().map(t -> List.of(t.name(), String.valueOf(t.columns().size()),
                            String.join(", ", t.primaryKey()), orNone(t.uniques().stream().map(u -> String.join("+", u))
                                    .collect(Collectors.joining(", "))),
                            orNone(t.foreignKeys().stream().map(ReportOutline::foreignKey).collect(Collectors.joining("; "))),
                            orNone(t.indexes().stream().map(ReportOutline::index).collect(Collectors.joining("; "))),
                            String.valueOf(t.checks()))).toList()));
            for (Table table : data.tables()) {
                add(new Heading(4, table.name()));
                add(new Grid(List.of("column", "type", "null"), table.columns().stream()
                        .map(c -> List.of(c.name(), c.type(), c.nullable() ? "nullable" : "NOT NULL")).toList()));
            }
        }
        if (!data.skipped().isEmpty()) {
            text("Statements not read as schema (" + data.skipped().size() + "):");
            add(new Items(data.skipped()));
        }
    }

    private static String foreignKey(ForeignKey key) {
        return String.join("+", key.columns()) + " → " + key.references()
                + (key.onDelete() == null ? "" : " (on delete " + key.onDelete().toLowerCase(Locale.ROOT) + ")");
    }

    private static String index(Index index) {
        return index.name() + " (" + String.join(", ", index.columns()) + ")" + (index.unique() ? " unique" : "");
    }

    private void api() {
        heading("API Implementation");
        List<Endpoint> endpoints = facts.endpoints();
        if (endpoints.isEmpty()) {
            text("No HTTP endpoints found in the compiled classes (no @RestController or @Controller with request"
                    + " mappings).");
            return;
        }
        text(endpoints.size() + (endpoints.size() == 1 ? " endpoint" : " endpoints")
                + ", read from the compiled classes:");
        add(new Grid(List.of("method", "path", "request", "response", "roles", "handler"), endpoints.stream()
                .map(e -> List.of(e.method(), e.path(), orNone(e.request()), e.response(), e.roles(), e.handler()))
                .toList()));
    }

    private void examples() {
        heading("Code Examples");
        if (facts.examples().isEmpty()) {
            text("No code examples: no controller, migration or test found.");
        }
        for (Excerpt excerpt : facts.examples()) {
            add(new Code(excerpt.title() + " (" + excerpt.file() + ")", excerpt.language(), excerpt.text()));
        }
    }

    private void testing() {
        heading("Testing Strategy");
        List<TestKind> kinds = facts.tests().kinds();
        if (kinds.isEmpty()) {
            text("No test reports found in target/surefire-reports or target/failsafe-reports.");
        } else {
            add(new Grid(List.of("kind", "reports", "classes", "tests", "failures", "errors", "skipped", "time (s)"),
                    kinds.stream().map(k -> List.of(k.kind(), k.folder(), String.valueOf(k.suites()),
                            String.valueOf(k.tests()), String.valueOf(k.failures()), String.valueOf(k.errors()),
                            String.valueOf(k.skipped()), String.format(Locale.ROOT, "%.1f", k.seconds()))).toList()));
            add(new Grid(List.of("test classes named", "tests"), facts.tests().byFamily().stream()
                    .map(c -> List.of(c.name(), String.valueOf(c.count()))).toList()));
        }
        gateOrNone("coverage");
        List<PackageCoverage> coverage = facts.coverage();
        if (coverage.isEmpty()) {
            text("No coverage by package: target/builder/" + ReportBuilder.JACOCO_XML + " not found.");
            return;
        }
        // nothing to count is no figure: "n/a" and "none", not 1.0000 of 0 of 0
        add(new Grid(List.of("package", "line", "lines covered", "branch", "branches covered"), coverage.stream()
                .map(p -> List.of(p.name(), counted(p.lineRatio(), p.linesCovered(), p.linesMissed()),
                        covered(p.linesCovered(), p.linesMissed()), counted(p.branchRatio(), p.branchesCovered(),
                                p.branchesMissed()), covered(p.branchesCovered(), p.branchesMissed()))).toList()));
        Metric line = lineMinimum();
        Double minimum = line == null ? null : line.threshold();
        // the gate holds the bundle, not each package: a package under the mark is no failure when the gate passed
        GateResult gate = report.gate("coverage");
        boolean gatePassed = gate != null && !gate.status().failsBuild();
        add(new Chart("coverage-by-package", "Line coverage by package" + (line == null ? ""
                : " (mark: the gate's minimum, " + line.shownThreshold() + ")"), coverage.stream().map(p -> new Bar(p.name(),
                        p.lineRatio(), minimum, ratio(p.lineRatio()), gatePassed || minimum == null || p.lineRatio() >= minimum))
                        .toList()));
    }

    private Metric lineMinimum() {
        GateResult coverage = report.gate("coverage");
        if (coverage == null) {
            return null;
        }
        return coverage.metrics().stream().filter(m -> m.threshold() != null && "ratio".equals(m.unit())
                && m.name().contains("line")).findFirst().orElse(null);
    }

    private void security() {
        heading("Security Implementation");
        List<String> ids = facts.dependencies().stream().map(Dependency::artifactId).toList();
        text(ids.contains("spring-boot-starter-security") || ids.stream().anyMatch(a -> a.startsWith("spring-security"))
                ? "Authentication and authorisation: Spring Security is a dependency."
                : "No authentication library among the direct dependencies.");
        Map<String, Integer> byRoles = new TreeMap<>();
        facts.endpoints().forEach(e -> byRoles.merge(e.roles(), 1, Integer::sum));
        if (!byRoles.isEmpty()) {
            add(new Grid(List.of("who may call (from @PreAuthorize)", "endpoints"), byRoles.entrySet().stream()
                    .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList()));
        }
        gateOrNone("security");
    }

    private void performance() {
        heading("Performance Optimizations");
        text(facts.caching().isEmpty() ? "No cache annotations found in the compiled classes."
                : "Caching: " + facts.caching().stream().map(c -> c.name() + " × " + c.count())
                        .collect(Collectors.joining(", ")) + ".");
        List<Property> pool = facts.configuration().properties().stream().filter(p -> p.key().contains("hikari")
                || p.key().contains(".pool")).toList();
        if (pool.isEmpty()) {
            text("No connection pool settings: the pool's defaults apply.");
        } else {
            add(new Grid(List.of("pool setting", "value"), pool.stream().map(p -> List.of(p.key(), p.value())).toList()));
        }
        int indexes = facts.data().tables().stream().mapToInt(t -> t.indexes().size()).sum();
        if (!facts.data().tables().isEmpty()) {
            text("Indexes: " + indexes + " besides primary keys and unique constraints (see Data Architecture).");
        }
        GateResult benchmark = report.gate("benchmark");
        gateOrNone("benchmark");
        if (benchmark != null) {
            List<Bar> bars = new ArrayList<>();
            for (Metric metric : benchmark.metrics()) {
                if (metric.threshold() != null) {
                    double scale = Math.max(Math.abs(metric.value()), Math.abs(metric.threshold())) * 1.25;
                    scale = scale == 0 ? 1 : scale;
                    bars.add(new Bar(metric.label(), Math.abs(metric.value()) / scale, Math.abs(metric.threshold()) / scale,
                            metric.shownValue() + " " + metric.unit() + " (limit " + metric.shownThreshold() + ")",
                            metric.holds()));
                }
            }
            if (!bars.isEmpty()) {
                add(new Chart("benchmarks-against-limits", "Benchmarks against their limits (mark: limit)", bars));
            }
        }
    }

    private void deployment() {
        heading("Deployment Configuration");
        List<EnvironmentVariable> environment = facts.configuration().environment();
        if (environment.isEmpty()) {
            text("No environment variables read by the configuration.");
        } else {
            add(new Grid(List.of("environment variable", "default", "sets"), environment.stream()
                    .map(v -> List.of(v.name(), v.defaultValue() == null ? "(required)" : v.defaultValue().isEmpty()
                            ? "(empty)" : v.defaultValue(), String.join(", ", v.usedBy()))).toList()));
        }
        ImplementationReport.Deployment deployment = facts.deployment();
        text(deployment.files().isEmpty() ? "No container or deployment files found (Dockerfile, compose.yaml,"
                + " .env.example, k8s/, helm/)." : "Container and deployment files: " + String.join(", ",
                        deployment.files()) + ".");
        text(deployment.migrationTool() == null ? "No migration tool: the schema is not managed by the build."
                : "Migrations: " + deployment.migrationTool() + ", " + facts.data().migrations().size()
                        + (facts.data().migrations().size() == 1 ? " script" : " scripts") + ", applied at start-up.");
        text(deployment.healthEndpoints().isEmpty() ? "No health endpoints (spring-boot-starter-actuator is not a"
                + " dependency)." : "Health and metrics endpoints: " + String.join(", ", deployment.healthEndpoints()) + ".");
    }

    private void documentation() {
        heading("Documentation");
        ImplementationReport.Documentation documentation = facts.documentation();
        text(documentation.apiSpec() == null ? "No API description: springdoc-openapi is not a dependency."
                : "API description: OpenAPI at " + documentation.apiSpec() + " of the running application.");
        text(documentation.readme() == null ? "No README." : "README: " + documentation.readme() + ".");
        List<String> variables = facts.configuration().environment().stream().map(EnvironmentVariable::name).toList();
        if (!variables.isEmpty() && documentation.readme() != null) {
            List<String> missing = variables.stream().filter(v -> !documentation.documentedVariables().contains(v))
                    .toList();
            text("Configuration reference: the README names " + documentation.documentedVariables().size() + " of "
                    + variables.size() + " environment variables" + (missing.isEmpty() ? "."
                            : "; missing: " + String.join(", ", missing) + "."));
        }
        text(documentation.design() == null ? "No design file." : "Design: " + documentation.design() + ".");
    }

    private void gateOrNone(String area) {
        GateResult gate = report.gate(area);
        if (gate == null) {
            text("No " + area + " result: builder:" + area + " did not run before report.");
        } else {
            add(new Heading(4, capitalise(area) + " gate"));
            gateDetails(gate);
        }
    }

    /** Any gate, rendered from its result alone: status, figures, violations, notes, evidence. */
    private void gateDetails(GateResult gate) {
        add(new Text(gate.status().name(), gate.summary().isEmpty() ? "" : gate.summary()));
        if (!gate.metrics().isEmpty()) {
            add(new Grid(List.of("figure", "value", "unit", "threshold", "margin"), gate.metrics().stream()
                    .map(m -> List.of(m.label(), m.shownValue(), m.unit(), m.threshold() == null ? NONE
                            : (m.bound() == dev.backendbuilder.gate.Bound.MINIMUM ? "≥ " : "≤ ") + m.shownThreshold(),
                            m.threshold() == null ? NONE : m.shownMargin())).toList()));
        }
        if (!gate.violations().isEmpty()) {
            add(new Grid(List.of("level", "rule", "message", "location"), gate.violations().stream()
                    .map(v -> List.of(v.level().name(), v.rule(), v.message(), orNone(v.location()))).toList()));
        } else if (gate.status() != Status.SKIPPED && gate.status() != Status.ERROR) {
            text("No violations.");
        }
        List<String> notes = new ArrayList<>(gate.notes().stream().filter(n -> !n.equals(gate.summary())).toList());
        gate.evidence().forEach(e -> notes.add("Evidence: " + e));
        if (!notes.isEmpty()) {
            add(new Items(notes));
        }
    }

    private static String counted(double ratio, int covered, int missed) {
        return covered + missed == 0 ? "n/a" : ratio(ratio);
    }

    private static String covered(int covered, int missed) {
        return covered + missed == 0 ? "none" : covered + " of " + (covered + missed);
    }

    private static String ratio(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.FLOOR).toPlainString();
    }

    private static String orNone(String text) {
        return text == null || text.isEmpty() ? NONE : text;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
