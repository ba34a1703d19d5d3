package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pom merge over generated pom shapes: every combination of parent, imported BOMs, an existing
 * builder-maven-plugin declaration, a compiler plugin, pluginManagement and properties. Whatever the
 * shape, the merged pom runs every gate, can compile the benchmarks, lets Boot's versions win, builds
 * with plugin versions that can build the backend, keeps what the user wrote, and says what it changed.
 */
class PomMergerShapesTest {

    enum Parent { NONE, BOOT4, BOOT3, BOOT3_BY_PROPERTY, OTHER }

    enum Boms { NONE, JUNIT, JACKSON, JUNIT_AND_JACKSON, SPRING_FRAMEWORK, JUNIT_THEN_OLD_BOOT, UNRELATED }

    enum Builder { NONE, VERSION_ONLY, COVERAGE_WITH_CONFIG, COVERAGE_AND_REPORT, MANAGED_WITH_CONFIG, PHASED_GATES_ID }

    enum Compiler { NONE, OLD_VERSION, LOMBOK_PROCESSOR, MANAGED_ONLY, JMH_ALREADY, TEST_COMPILE_EXECUTION }

    enum Management { NONE, OLD_DEFAULTS, VERSION_PROPERTY }

    enum Properties { NONE, SOME }

    record Shape(Parent parent, Boms boms, Builder builder, Compiler compiler, Management management, Properties properties) {
    }

    private static final List<String> GATES = List.of("validate", "prepare-coverage", "coverage", "security", "benchmark",
            "report");
    private static final Set<String> BOOT_MANAGED_BOMS = Set.of("junit-bom", "jackson-bom", "spring-framework-bom");

    private static byte[] generated;

    private static synchronized byte[] generatedPom() {
        if (generated == null) {
            try {
                generated = new TemplateRenderer(null).render("project/pom.xml.ftl",
                        Map.of("project", Fixtures.view(Fixtures.library()))).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.of(Parent.class), Arbitraries.of(Boms.class), Arbitraries.of(Builder.class),
                Arbitraries.of(Compiler.class), Arbitraries.of(Management.class), Arbitraries.of(Properties.class))
                .as(Shape::new);
    }

    @Property(tries = 400)
    void every_shape_should_merge_into_a_pom_that_runs_every_gate_and_keeps_the_users_content(@ForAll("shapes") Shape shape) {
        String user = pom(shape);
        PomMerger.Result result = PomMerger.mergeExplained(bytes(user), generatedPom());
        String merged = new String(result.pom(), StandardCharsets.UTF_8);
        Element project = PomXml.parse(result.pom(), "merged").getDocumentElement();

        assertGatesRunInOrder(project);
        assertThat(compilerMentionsJmh(project)).as("JMH's processor reaches the test compilation").isTrue();
        assertBootWins(project);
        assertPluginVersionsCanBuild(project);
        for (String kept : userLeaves(user)) {
            assertThat(merged).as("kept from the user's pom").contains(kept);
        }
        assertThat(result.changes()).as("changes are said").isNotEmpty();
        PomMerger.Result again = PomMerger.mergeExplained(result.pom(), generatedPom());
        assertThat(new String(again.pom(), StandardCharsets.UTF_8)).as("a second merge changes nothing").isEqualTo(merged);
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void a_managed_junit_version_should_stop_the_merge_saying_what_to_remove() {
        String user = pom(new Shape(Parent.NONE, Boms.NONE, Builder.NONE, Compiler.NONE, Management.NONE, Properties.NONE))
                .replace("<dependencyManagement><dependencies>", "<dependencyManagement><dependencies><dependency>"
                        + "<groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.9.0</version>"
                        + "</dependency>");

        assertThatThrownBy(() -> PomMerger.mergeExplained(bytes(user), generatedPom()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("pins org.junit.jupiter:junit-jupiter:5.9.0")
                .hasMessageContaining("Remove that entry")
                .hasMessageEndingWith("Nothing was written.");
    }

    @Test
    void a_boot_parent_version_from_a_property_the_pom_lacks_should_stop_the_merge() {
        String user = pom(new Shape(Parent.BOOT3_BY_PROPERTY, Boms.NONE, Builder.NONE, Compiler.NONE, Management.NONE,
                Properties.NONE)).replace("<boot.version>3.5.0</boot.version>", "");

        assertThatThrownBy(() -> PomMerger.mergeExplained(bytes(user), generatedPom()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("${boot.version}, which this pom does not define")
                .hasMessageContaining("Write the version (4.0.7)");
    }

    @Test
    void a_compiler_without_annotation_processing_should_stop_the_merge() {
        String user = pom(new Shape(Parent.BOOT4, Boms.NONE, Builder.NONE, Compiler.NONE, Management.NONE, Properties.NONE))
                .replace("<plugins>", "<plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration>"
                        + "<proc>none</proc></configuration></plugin>");

        assertThatThrownBy(() -> PomMerger.mergeExplained(bytes(user), generatedPom()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("<proc>none</proc>");
    }

    @Test
    void a_surefire_version_property_that_is_too_old_should_stop_the_merge_naming_the_property() {
        String user = pom(new Shape(Parent.BOOT4, Boms.NONE, Builder.NONE, Compiler.NONE, Management.VERSION_PROPERTY,
                Properties.NONE)).replace("<surefire.version>3.5.2</surefire.version>",
                        "<surefire.version>2.22.2</surefire.version>");

        assertThatThrownBy(() -> PomMerger.mergeExplained(bytes(user), generatedPom()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("surefire.version = 2.22.2")
                .hasMessageContaining("Set surefire.version to 3.5.2");
    }

    @Test
    void a_junit_bom_before_boots_should_be_overridden_and_the_change_explained() {
        PomMerger.Result result = PomMerger.mergeExplained(bytes(pom(new Shape(Parent.NONE, Boms.JUNIT, Builder.NONE,
                Compiler.NONE, Management.NONE, Properties.NONE))), generatedPom());
        String merged = new String(result.pom(), StandardCharsets.UTF_8);

        assertThat(merged.indexOf("spring-boot-dependencies")).isLessThan(merged.indexOf("junit-bom"));
        assertThat(result.changes()).anyMatch(c -> c.contains("before org.junit:junit-bom:5.11.0")
                && c.contains("the first import wins"));
    }

    @Test
    void a_partial_builder_declaration_should_gain_the_missing_gates_with_report_last_and_keep_its_configuration() {
        PomMerger.Result result = PomMerger.mergeExplained(bytes(pom(new Shape(Parent.BOOT4, Boms.NONE,
                Builder.COVERAGE_WITH_CONFIG, Compiler.NONE, Management.NONE, Properties.NONE))), generatedPom());
        Element builder = builderPlugin(PomXml.parse(result.pom(), "merged").getDocumentElement());
        List<String> executions = PomXml.children(PomXml.at(builder, "executions")).stream()
                .map(e -> PomXml.textOf(e, "id") + "=" + String.join(",", goals(e))).toList();

        assertThat(executions).containsExactly("builder-gates=validate,prepare-coverage,security,benchmark",
                "mine=coverage", "builder-report=report");
        assertThat(PomXml.textOf(PomXml.at(builder, "configuration"), "line")).isEqualTo("0.90");
        assertThat(result.changes()).anyMatch(c -> c.startsWith("Added the goals validate, prepare-coverage, security,"
                + " benchmark, report to your builder-maven-plugin"));
    }

    @Test
    void the_quickstart_archetypes_pom_should_keep_its_plugin_versions_and_gain_boot_first() throws IOException {
        String quickstart = new String(getClass().getResourceAsStream("/pom-shapes/quickstart-1.5-pom.xml").readAllBytes(),
                StandardCharsets.UTF_8);
        PomMerger.Result result = PomMerger.mergeExplained(bytes(quickstart), generatedPom());
        String merged = new String(result.pom(), StandardCharsets.UTF_8);

        assertThat(merged.indexOf("spring-boot-dependencies")).isLessThan(merged.indexOf("junit-bom"));
        assertThat(merged).contains("<version>3.3.0</version>", "<version>3.4.2</version>", "<version>3.3.1</version>");
        Element project = PomXml.parse(result.pom(), "merged").getDocumentElement();
        assertGatesRunInOrder(project);
        assertThat(compilerMentionsJmh(project)).isTrue();
    }

    // ---- checks

    private static void assertGatesRunInOrder(Element project) {
        Element builder = builderPlugin(project);
        assertThat(builder).as("builder-maven-plugin in <build><plugins>").isNotNull();
        List<List<String>> executions = new ArrayList<>();
        Element managed = PomXml.artifact(PomXml.at(project, "build", "pluginManagement", "plugins"), "dev.backendbuilder",
                "builder-maven-plugin").orElse(null);
        for (Element holder : new Element[] {managed, builder}) {
            PomXml.children(PomXml.at(holder, "executions")).forEach(e -> executions.add(goals(e)));
        }
        Set<String> all = new LinkedHashSet<>();
        executions.forEach(all::addAll);
        assertThat(all).containsAll(GATES);
        List<String> last = executions.get(executions.size() - 1);
        assertThat(last).as("report runs in the last execution").contains("report");
        assertThat(PomXml.textOf(builder, "version") != null || (managed != null && PomXml.textOf(managed, "version") != null))
                .as("builder-maven-plugin has a version").isTrue();
    }

    private static boolean compilerMentionsJmh(Element project) {
        for (String[] path : new String[][] {{"build", "plugins"}, {"build", "pluginManagement", "plugins"}}) {
            Element compiler = PomXml.artifact(PomXml.at(project, path), "org.apache.maven.plugins", "maven-compiler-plugin")
                    .orElse(null);
            if (compiler != null && compiler.getTextContent().contains("jmh-generator-annprocess")) {
                return true;
            }
        }
        return false;
    }

    private static void assertBootWins(Element project) {
        Element parent = PomXml.child(project, "parent").orElse(null);
        if (parent != null && "spring-boot-starter-parent".equals(PomXml.textOf(parent, "artifactId"))) {
            assertThat(resolve(project, PomXml.textOf(parent, "version"))).startsWith("4.");
            return;
        }
        List<Element> imports = PomXml.children(PomXml.at(project, "dependencyManagement", "dependencies")).stream()
                .filter(d -> "import".equals(PomXml.textOf(d, "scope"))).toList();
        int boot = -1;
        for (int i = 0; i < imports.size(); i++) {
            String artifactId = PomXml.textOf(imports.get(i), "artifactId");
            if (artifactId.equals("spring-boot-dependencies")) {
                boot = i;
                assertThat(resolve(project, PomXml.textOf(imports.get(i), "version"))).startsWith("4.");
            } else if (BOOT_MANAGED_BOMS.contains(artifactId)) {
                assertThat(boot).as("Boot's BOM before " + artifactId).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(boot).as("Boot's BOM imported").isGreaterThanOrEqualTo(0);
    }

    private static void assertPluginVersionsCanBuild(Element project) {
        boolean bootParent = PomXml.child(project, "parent").map(p -> "spring-boot-starter-parent".equals(
                PomXml.textOf(p, "artifactId"))).orElse(false);
        for (PomPlugins.Minimum minimum : PomPlugins.MINIMUMS) {
            String version = null;
            for (String[] path : new String[][] {{"build", "plugins"}, {"build", "pluginManagement", "plugins"}}) {
                Element plugin = PomXml.artifact(PomXml.at(project, path), "org.apache.maven.plugins", minimum.artifactId())
                        .orElse(null);
                String written = plugin == null ? null : PomXml.textOf(plugin, "version");
                if (written != null) {
                    version = resolve(project, written);
                    assertThat(PomPlugins.older(version, minimum.oldest())).as(minimum.artifactId() + " " + version).isFalse();
                }
            }
            if (!bootParent) {
                assertThat(version).as(minimum.artifactId() + " has a version without Boot's parent").isNotNull();
            }
        }
    }

    private static String resolve(Element project, String version) {
        if (version.startsWith("${")) {
            String name = version.substring(2, version.length() - 1);
            return PomXml.textOf(PomXml.child(project, "properties").orElseThrow(), name);
        }
        return version;
    }

    private static Element builderPlugin(Element project) {
        return PomXml.artifact(PomXml.at(project, "build", "plugins"), "dev.backendbuilder", "builder-maven-plugin")
                .orElse(null);
    }

    private static List<String> goals(Element execution) {
        return PomXml.children(PomXml.child(execution, "goals").orElse(null)).stream().map(g -> g.getTextContent().trim())
                .toList();
    }

    /** Every leaf element the user wrote, as {@code <name>text</name>}, but versions (the merge may raise them). */
    private static List<String> userLeaves(String user) {
        Document document = PomXml.parse(bytes(user), "user");
        List<String> leaves = new ArrayList<>();
        var all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (PomXml.children(element).isEmpty() && !element.getTextContent().isBlank()
                    && !element.getTagName().equals("version")
                    && !element.getTagName().endsWith(".version")) {
                leaves.add("<" + element.getTagName() + ">" + element.getTextContent().trim() + "</" + element.getTagName() + ">");
            }
        }
        return leaves;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the shapes

    static String pom(Shape shape) {
        StringBuilder pom = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                """);
        pom.append(switch (shape.parent()) {
            case NONE -> "";
            case BOOT4 -> parent("org.springframework.boot", "spring-boot-starter-parent", "4.0.1");
            case BOOT3 -> parent("org.springframework.boot", "spring-boot-starter-parent", "3.3.4");
            case BOOT3_BY_PROPERTY -> parent("org.springframework.boot", "spring-boot-starter-parent", "${boot.version}");
            case OTHER -> parent("org.acme", "acme-parent", "7");
        });
        pom.append("  <groupId>org.acme</groupId>\n  <artifactId>shape</artifactId>\n  <version>1.0</version>\n");
        pom.append("  <properties>\n");
        if (shape.parent() == Parent.BOOT3_BY_PROPERTY) {
            pom.append("    <boot.version>3.5.0</boot.version>\n");
        }
        if (shape.management() == Management.VERSION_PROPERTY) {
            pom.append("    <surefire.version>3.5.2</surefire.version>\n");
        }
        if (shape.properties() == Properties.SOME) {
            pom.append("    <acme.flag>on</acme.flag>\n    <builder.deferFailures>false</builder.deferFailures>\n");
        }
        pom.append("  </properties>\n");
        pom.append("  <dependencyManagement><dependencies>");
        pom.append(switch (shape.boms()) {
            case NONE -> "";
            case JUNIT -> bom("org.junit", "junit-bom", "5.11.0");
            case JACKSON -> bom("com.fasterxml.jackson", "jackson-bom", "2.15.4");
            case JUNIT_AND_JACKSON -> bom("org.junit", "junit-bom", "5.11.0") + bom("com.fasterxml.jackson", "jackson-bom",
                    "2.15.4");
            case SPRING_FRAMEWORK -> bom("org.springframework", "spring-framework-bom", "6.1.0");
            case JUNIT_THEN_OLD_BOOT -> bom("org.junit", "junit-bom", "5.11.0") + bom("org.springframework.boot",
                    "spring-boot-dependencies", "3.3.0");
            case UNRELATED -> bom("software.amazon.awssdk", "bom", "2.25.0");
        });
        pom.append("</dependencies></dependencyManagement>\n");
        pom.append("""
                  <dependencies>
                    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.0.0-jre</version></dependency>
                  </dependencies>
                  <build>
                    <pluginManagement><plugins>
                """);
        pom.append(switch (shape.management()) {
            case NONE -> "";
            case OLD_DEFAULTS -> plugin("maven-surefire-plugin", "2.12.4") + plugin("maven-resources-plugin", "2.6")
                    + plugin("maven-jar-plugin", "2.4");
            case VERSION_PROPERTY -> plugin("maven-surefire-plugin", "${surefire.version}");
        });
        if (shape.compiler() == Compiler.MANAGED_ONLY) {
            pom.append(plugin("maven-compiler-plugin", "3.13.0"));
        }
        if (shape.builder() == Builder.MANAGED_WITH_CONFIG) {
            pom.append("<plugin><groupId>dev.backendbuilder</groupId><artifactId>builder-maven-plugin</artifactId>"
                    + "<version>0.1.0-test</version><configuration><coverageLine>0.85</coverageLine></configuration></plugin>");
        }
        pom.append("    </plugins></pluginManagement>\n    <plugins>\n");
        pom.append(switch (shape.compiler()) {
            case NONE, MANAGED_ONLY -> "";
            case OLD_VERSION -> plugin("maven-compiler-plugin", "3.1");
            case LOMBOK_PROCESSOR -> "<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>"
                    + "<configuration><annotationProcessorPaths><path><groupId>org.projectlombok</groupId>"
                    + "<artifactId>lombok</artifactId><version>1.18.34</version></path></annotationProcessorPaths>"
                    + "</configuration></plugin>";
            case JMH_ALREADY -> "<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>"
                    + "<configuration><annotationProcessorPaths><path><groupId>org.openjdk.jmh</groupId>"
                    + "<artifactId>jmh-generator-annprocess</artifactId><version>1.37</version></path>"
                    + "</annotationProcessorPaths></configuration></plugin>";
            case TEST_COMPILE_EXECUTION -> "<plugin><artifactId>maven-compiler-plugin</artifactId><version>3.12.1</version>"
                    + "<executions><execution><id>default-testCompile</id><configuration><showWarnings>true</showWarnings>"
                    + "</configuration></execution></executions></plugin>";
        });
        String builderStart = "<plugin><groupId>dev.backendbuilder</groupId><artifactId>builder-maven-plugin</artifactId>";
        pom.append(switch (shape.builder()) {
            case NONE -> "";
            case VERSION_ONLY -> builderStart + "<version>0.1.0-test</version></plugin>";
            case COVERAGE_WITH_CONFIG -> builderStart + "<version>0.1.0-test</version><configuration><line>0.90</line>"
                    + "</configuration><executions><execution><id>mine</id><goals><goal>coverage</goal></goals></execution>"
                    + "</executions></plugin>";
            case COVERAGE_AND_REPORT -> builderStart + "<executions><execution><id>mine</id><goals><goal>coverage</goal>"
                    + "<goal>report</goal></goals></execution></executions></plugin>";
            case MANAGED_WITH_CONFIG -> builderStart + "</plugin>";
            case PHASED_GATES_ID -> builderStart + "<version>0.1.0-test</version><executions><execution><id>builder-gates"
                    + "</id><phase>verify</phase><goals><goal>coverage</goal></goals></execution></executions></plugin>";
        });
        pom.append("    </plugins>\n  </build>\n</project>\n");
        return pom.toString();
    }

    private static String parent(String groupId, String artifactId, String version) {
        return "  <parent><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                + "</version></parent>\n";
    }

    private static String bom(String groupId, String artifactId, String version) {
        return "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId><version>" + version
                + "</version><type>pom</type><scope>import</scope></dependency>";
    }

    private static String plugin(String artifactId, String version) {
        return "<plugin><artifactId>" + artifactId + "</artifactId><version>" + version + "</version></plugin>";
    }
}
