package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.PomXml.artifact;
import static dev.backendbuilder.generate.PomXml.at;
import static dev.backendbuilder.generate.PomXml.child;
import static dev.backendbuilder.generate.PomXml.children;
import static dev.backendbuilder.generate.PomXml.element;
import static dev.backendbuilder.generate.PomXml.ensure;
import static dev.backendbuilder.generate.PomXml.textOf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The {@code <build>} side of {@link PomMerger}: plugin versions that are missing or too old, the
 * generated plugins the user does not declare, and the completion of those the user does declare
 * (the gate goals of builder-maven-plugin, JMH's annotation processor in maven-compiler-plugin).
 */
final class PomPlugins {

    private static final String MAVEN_GROUP = "org.apache.maven.plugins";
    private static final String BUILDER = "builder-maven-plugin";
    private static final String COMPILER = "maven-compiler-plugin";
    private static final String SUREFIRE = "maven-surefire-plugin";
    private static final String JMH_PROCESSOR = "jmh-generator-annprocess";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /**
     * A plugin the backend's build runs, the oldest version that builds it and the version pinned
     * where none is given. Maven 3.8.7 alone runs resources 2.6, jar 2.4, surefire 2.12.4 and compiler 3.1.
     *
     * @param inPlugins pinned in {@code <plugins>} (the compiler and surefire the backend configures) rather
     *                  than in {@code <pluginManagement>}
     */
    record Minimum(String artifactId, String oldest, String pinned, boolean inPlugins) {
    }

    static final List<Minimum> MINIMUMS = List.of(
            new Minimum(COMPILER, "3.11.0", "3.13.0", true),
            new Minimum("maven-surefire-plugin", "3.2.0", "3.5.2", true),
            new Minimum("maven-failsafe-plugin", "3.2.0", "3.5.2", false),
            new Minimum("maven-resources-plugin", "3.0.0", "3.3.1", false),
            new Minimum("maven-jar-plugin", "3.0.0", "3.4.2", false),
            new Minimum("maven-clean-plugin", "3.0.0", "3.4.0", false),
            new Minimum("maven-install-plugin", "3.0.0", "3.1.3", false),
            new Minimum("maven-deploy-plugin", "3.0.0", "3.1.3", false),
            new Minimum("maven-enforcer-plugin", "3.0.0", "3.5.0", false));

    private final Element project;
    private final PomMerger.Edit edit;
    private final boolean bootParent;
    private final String bootVersion;

    PomPlugins(Element project, PomMerger.Edit edit, boolean bootParent, String bootVersion) {
        this.project = project;
        this.edit = edit;
        this.bootParent = bootParent;
        this.bootVersion = bootVersion;
    }

    /** Merges the generated pom's {@code <build><plugins>} (already imported into the user's document). */
    void merge(List<Element> generatedPlugins) {
        Element plugins = ensure(ensure(project, "build", edit.unit(), 1), "plugins", edit.unit(), 2);
        raiseOldVersions(plugins);
        if (!bootParent) {
            pinMissingVersions(plugins);
        }
        for (Element generated : generatedPlugins) {
            String groupId = textOf(generated, "groupId");
            String artifactId = textOf(generated, "artifactId");
            Element declared = artifact(plugins, groupId, artifactId).orElse(null);
            Element managed = artifact(management(), groupId, artifactId).orElse(null);
            if (declared == null) {
                add(plugins, generated);
            } else if (BUILDER.equals(artifactId)) {
                completeBuilder(declared, managed, generated);
            } else if (COMPILER.equals(artifactId)) {
                addJmhProcessor(declared, managed, generated);
            } else if (SUREFIRE.equals(artifactId)) {
                addRandomOrder(declared, managed);
            }
        }
    }

    private Element management() {
        return at(project, "build", "pluginManagement", "plugins");
    }

    private void add(Element plugins, Element generated) {
        String artifactId = textOf(generated, "artifactId");
        if (!bootParent && "spring-boot-maven-plugin".equals(artifactId)) {
            generated = bootRepackager();
        }
        PomXml.insert(plugins, generated, edit.unit(), 3);
        edit.said("Added the plugin " + artifactId + ": " + switch (artifactId) {
            case BUILDER -> "it binds the gates (validate, prepare-coverage, coverage, security, benchmark, report) to the"
                    + " build, so mvn verify runs them.";
            case COMPILER -> "JMH's annotation processor compiles the benchmarks' harness.";
            case SUREFIRE -> "the generated tests run in random order, so none depends on another.";
            case "maven-enforcer-plugin" -> "the build stops at once, saying what to do, on a JDK older than app.java.";
            default -> "it packages the backend as an executable jar.";
        });
    }

    /** The Boot repackager with the version and execution that Boot's parent would have configured. */
    private Element bootRepackager() {
        Element plugin = edit.document().createElement("plugin");
        PomXml.append(plugin, "groupId", PomMerger.BOOT_GROUP);
        PomXml.append(plugin, "artifactId", "spring-boot-maven-plugin");
        PomXml.append(plugin, "version", bootVersion);
        Element goals = edit.document().createElement("goals");
        PomXml.append(goals, "goal", "repackage");
        Element execution = edit.document().createElement("execution");
        execution.appendChild(goals);
        Element executions = edit.document().createElement("executions");
        executions.appendChild(execution);
        plugin.appendChild(executions);
        // Boot's parent passes start-class as mainClass; without it the repackager would have to guess
        Element configuration = edit.document().createElement("configuration");
        PomXml.append(configuration, "mainClass", "${start-class}");
        plugin.appendChild(configuration);
        return plugin;
    }

    /** A declared version older than {@link Minimum#oldest} (in plugins or pluginManagement) is raised. */
    private void raiseOldVersions(Element plugins) {
        for (Minimum minimum : MINIMUMS) {
            for (Element container : new Element[] {plugins, management()}) {
                Element plugin = artifact(container, MAVEN_GROUP, minimum.artifactId()).orElse(null);
                Element version = plugin == null ? null : child(plugin, "version").orElse(null);
                if (version == null) {
                    continue;
                }
                String written = version.getTextContent().trim();
                Matcher property = PROPERTY.matcher(written);
                if (property.matches()) {
                    checkPropertyVersion(minimum, property.group(1));
                } else if (older(written, minimum.oldest())) {
                    version.setTextContent(minimum.pinned());
                    edit.said("Raised " + minimum.artifactId() + " from " + written + " to " + minimum.pinned() + ": "
                            + written + " cannot build the backend (" + minimum.oldest() + " or later is needed"
                            + (minimum.artifactId().contains("surefire") || minimum.artifactId().contains("failsafe")
                                    ? " to run JUnit 6 tests" : "") + ").");
                }
            }
        }
    }

    private void checkPropertyVersion(Minimum minimum, String name) {
        String value = child(project, "properties").flatMap(p -> child(p, name)).map(e -> e.getTextContent().trim())
                .orElse(null);
        if (value != null && !PROPERTY.matcher(value).find() && older(value, minimum.oldest())) {
            throw new GenerationException("pom.xml sets the version of " + minimum.artifactId() + " with the property " + name
                    + " = " + value + ", too old to build the backend (" + minimum.oldest() + " or later is needed). Set "
                    + name + " to " + minimum.pinned() + ", then run builder:generate again. Nothing was written.");
        }
    }

    /** Without Boot's parent, a plugin nobody gives a version runs at Maven's own default version: too old. */
    private void pinMissingVersions(Element plugins) {
        List<String> pinned = new ArrayList<>();
        for (Minimum minimum : MINIMUMS) {
            Element declared = artifact(plugins, MAVEN_GROUP, minimum.artifactId()).orElse(null);
            Element managed = artifact(management(), MAVEN_GROUP, minimum.artifactId()).orElse(null);
            boolean versioned = (declared != null && textOf(declared, "version") != null)
                    || (managed != null && textOf(managed, "version") != null);
            if (versioned) {
                continue;
            }
            if (declared != null) {
                PomXml.insert(declared, element(edit.document(), "version", minimum.pinned()), edit.unit(), 4);
                pinned.add(minimum.artifactId() + " " + minimum.pinned());
            } else if (managed != null) {
                PomXml.insert(managed, element(edit.document(), "version", minimum.pinned()), edit.unit(), 5);
                pinned.add(minimum.artifactId() + " " + minimum.pinned());
            } else if (minimum.inPlugins()) {
                pinned.add(pinInPlugins(plugins, minimum));
            } else {
                Element management = ensure(ensure(child(project, "build").orElseThrow(), "pluginManagement", edit.unit(), 2),
                        "plugins", edit.unit(), 3);
                PomXml.insert(management, plugin(minimum), edit.unit(), 4);
                pinned.add(minimum.artifactId() + " " + minimum.pinned());
            }
        }
        if (!pinned.isEmpty()) {
            edit.said("Pinned " + String.join(", ", pinned) + ": the pom has no Spring Boot parent to give these versions,"
                    + " and Maven's defaults (resources 2.6, jar 2.4, surefire 2.12.4 on Maven 3.8) cannot build the backend.");
        }
    }


    private String pinInPlugins(Element plugins, Minimum minimum) {
        PomXml.insert(plugins, plugin(minimum), edit.unit(), 3);
        return minimum.artifactId() + " " + minimum.pinned();
    }

    private Element plugin(Minimum minimum) {
        Element plugin = edit.document().createElement("plugin");
        PomXml.append(plugin, "groupId", MAVEN_GROUP);
        PomXml.append(plugin, "artifactId", minimum.artifactId());
        PomXml.append(plugin, "version", minimum.pinned());
        return plugin;
    }

    /**
     * Adds the gate goals the user's declaration lacks (goals of executions in pluginManagement count).
     * The added gates run before the user's executions; a missing {@code report} goes last, so that it
     * reads every gate's result.
     */
    private void completeBuilder(Element declared, Element managed, Element generated) {
        Set<String> present = new LinkedHashSet<>();
        for (Element holder : new Element[] {declared, managed}) {
            for (Element execution : children(at(holder, "executions"))) {
                children(child(execution, "goals").orElse(null)).forEach(goal -> present.add(goal.getTextContent().trim()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Element execution : children(at(generated, "executions"))) {
            for (Element goal : children(child(execution, "goals").orElse(null))) {
                if (!present.contains(goal.getTextContent().trim())) {
                    missing.add(goal.getTextContent().trim());
                }
            }
        }
        if (textOf(declared, "version") == null && (managed == null || textOf(managed, "version") == null)) {
            PomXml.insert(declared, element(edit.document(), "version", "${builder.version}"), edit.unit(), 4);
            edit.said("Set the version of builder-maven-plugin to ${builder.version}: it had none.");
        }
        if (missing.isEmpty()) {
            return;
        }
        Element executions = ensure(declared, "executions", edit.unit(), 4);
        List<Element> existing = children(executions);
        List<String> gates = missing.stream().filter(g -> !g.equals("report")).toList();
        if (!gates.isEmpty()) {
            PomXml.insertBefore(executions, execution(uniqueId("builder-gates", declared, managed), gates),
                    existing.isEmpty() ? null : existing.get(0), edit.unit(), 5);
        }
        if (missing.contains("report")) {
            PomXml.insert(executions, execution(uniqueId("builder-report", declared, managed), List.of("report")),
                    edit.unit(), 5);
        }
        edit.said("Added the goals " + String.join(", ", missing) + " to your builder-maven-plugin (your executions and"
                + " configuration are kept): without them mvn verify would not run " + (missing.size() == 1 ? "that gate"
                        : "those gates") + (missing.contains("report") ? "; report runs last, after every gate." : "."));
    }

    private Element execution(String id, List<String> goals) {
        Element execution = edit.document().createElement("execution");
        PomXml.append(execution, "id", id);
        Element goalList = edit.document().createElement("goals");
        goals.forEach(goal -> PomXml.append(goalList, "goal", goal));
        execution.appendChild(goalList);
        return execution;
    }

    private static String uniqueId(String wanted, Element... holders) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element holder : holders) {
            children(at(holder, "executions")).forEach(e -> ids.add(String.valueOf(textOf(e, "id"))));
        }
        String id = wanted;
        for (int n = 2; ids.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /**
     * Puts JMH's annotation processor into the user's compiler plugin: into the processor list the user
     * already has (a second list in an execution would be merged with it element by element by
     * Maven), else into the test compilation's execution.
     */
    /** The generated tests must not depend on their order: surefire runs them shuffled unless the user chose an order. */
    private void addRandomOrder(Element declared, Element managed) {
        for (Element holder : new Element[] {declared, managed}) {
            if (holder != null && at(holder, "configuration", "runOrder") != null) {
                return;
            }
        }
        Element configuration = PomXml.ensure(declared, "configuration", edit.unit(), PomMerger.depthOf(declared) + 1);
        PomXml.insert(configuration, element(edit.document(), "runOrder", "random"), edit.unit(), PomMerger.depthOf(configuration) + 1);
        edit.said("Set <runOrder>random</runOrder> in your maven-surefire-plugin: the generated tests run in random order, so"
                + " none depends on another (surefire prints the seed to replay one).");
    }

    private void addJmhProcessor(Element declared, Element managed, Element generated) {
        for (Element holder : new Element[] {declared, managed}) {
            if (holder != null && mentions(holder, JMH_PROCESSOR)) {
                return;
            }
        }
        Element testCompile = children(at(declared, "executions")).stream()
                .filter(e -> "default-testCompile".equals(textOf(e, "id"))).findFirst().orElse(null);
        for (Element config : new Element[] {at(declared, "configuration"), at(managed, "configuration"),
                at(testCompile, "configuration")}) {
            if (config != null && "none".equals(textOf(config, "proc"))) {
                throw new GenerationException("Your maven-compiler-plugin turns annotation processing off (<proc>none</proc>),"
                        + " but the generated JMH benchmarks are compiled by JMH's annotation processor. Remove <proc>none"
                        + "</proc> (or set it in the default-compile execution only), then run builder:generate again."
                        + " Nothing was written.");
            }
        }
        Element path = (Element) at(generated, "executions", "execution", "configuration", "annotationProcessorPaths", "path")
                .cloneNode(true);
        for (Element config : new Element[] {at(declared, "configuration"), at(managed, "configuration"),
                at(testCompile, "configuration")}) {
            Element paths = at(config, "annotationProcessorPaths");
            if (paths != null) {
                PomXml.insert(paths, path, edit.unit(), PomMerger.depthOf(paths) + 1);
                edit.said("Added JMH's annotation processor to your maven-compiler-plugin's <annotationProcessorPaths>: the"
                        + " generated benchmarks need it, and your processors are kept.");
                return;
            }
        }
        if (testCompile == null) {
            Element executions = ensure(declared, "executions", edit.unit(), 4);
            Element execution = (Element) at(generated, "executions", "execution").cloneNode(true);
            PomXml.insert(executions, execution, edit.unit(), 5);
        } else {
            Element config = ensure(testCompile, "configuration", edit.unit(), 6);
            Element paths = ensure(config, "annotationProcessorPaths", edit.unit(), 7);
            PomXml.insert(paths, path, edit.unit(), 8);
        }
        edit.said("Added JMH's annotation processor to the test compilation of your maven-compiler-plugin"
                + " (default-testCompile): the generated benchmarks need it.");
    }

    private static boolean mentions(Element holder, String artifactId) {
        var ids = holder.getElementsByTagName("artifactId");
        for (int i = 0; i < ids.getLength(); i++) {
            if (artifactId.equals(ids.item(i).getTextContent().trim())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code version} is older than {@code oldest}, comparing the numbers (a qualifier is ignored). */
    static boolean older(String version, String oldest) {
        int[] a = numbers(version);
        int[] b = numbers(oldest);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static int[] numbers(String version) {
        String numeric = version.split("[^0-9.]", 2)[0];
        return java.util.Arrays.stream(numeric.split("\\.")).filter(s -> !s.isEmpty()).mapToInt(s -> {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }).toArray();
    }
}
