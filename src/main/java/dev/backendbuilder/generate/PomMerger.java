package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.PomXml.artifact;
import static dev.backendbuilder.generate.PomXml.at;
import static dev.backendbuilder.generate.PomXml.child;
import static dev.backendbuilder.generate.PomXml.children;
import static dev.backendbuilder.generate.PomXml.element;
import static dev.backendbuilder.generate.PomXml.ensure;
import static dev.backendbuilder.generate.PomXml.textOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds what the generated backend needs to a user's {@code pom.xml} and keeps everything else:
 * comments, order, formatting and the user's own settings. What it adds or changes, it says, with
 * why ({@link Result#changes}).
 *
 * <ul>
 *   <li>missing properties, dependencies and plugins are added; a dependency the user already declares
 *       (same groupId and artifactId) is left exactly as written;</li>
 *   <li>a builder-maven-plugin or maven-compiler-plugin the user declares is completed
 *       ({@link PomPlugins}): missing gate goals, the JMH annotation processor;</li>
 *   <li>Spring Boot of another major (parent or imported BOM) is moved to the backend's version;</li>
 *   <li>without Boot's parent, Boot's BOM is imported before every other BOM, so that an older
 *       {@code junit-bom} or {@code jackson-bom} cannot override what Boot's libraries need (in Maven the
 *       first import wins; under Boot's parent the parent's management wins by itself);</li>
 *   <li>plugin versions Maven 3.8 would take by default (resources 2.6, jar 2.4, surefire 2.12) are
 *       pinned, and declared versions that are too old are raised.</li>
 * </ul>
 *
 * <p>Where a merge cannot be safe (a dependency-management entry that pins a library Boot manages, a
 * Boot version given by a property this pom does not define), it throws a {@link GenerationException}
 * that says what to change; nothing is written.
 */
final class PomMerger {

    static final String BOOT_GROUP = "org.springframework.boot";
    private static final String BOOT_BOM = "spring-boot-dependencies";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    /**
     * Groups whose versions Spring Boot manages and the generated backend depends on: a BOM of one of
     * them imported before Boot's, or a managed entry of one of them, would change what Boot tested.
     */
    private static final List<String> BOOT_MANAGED_GROUPS = List.of("org.junit", "com.fasterxml.jackson", "tools.jackson",
            "org.springframework", "org.hibernate", "org.flywaydb", "io.micrometer", "org.mockito", "org.assertj");

    /**
     * The merged pom and what was changed in it.
     *
     * @param pom     the bytes to write; the user's own bytes when nothing changed
     * @param changes one sentence per change: what, and why
     */
    record Result(byte[] pom, List<String> changes) {
        Result {
            changes = List.copyOf(changes);
        }
    }

    /** What one merge is working on: the user's document, its indentation and the changes so far. */
    record Edit(Document document, String unit, List<String> changes) {
        void said(String change) {
            changes.add(change);
        }
    }

    private PomMerger() {
    }

    /** The user's pom with what the generated pom needs; see {@link #mergeExplained}. */
    static byte[] merge(byte[] userPom, byte[] generatedPom) {
        return mergeExplained(userPom, generatedPom).pom();
    }

    /** The user's pom with the generated pom's parent, BOM, properties, dependencies and plugins merged in. */
    static Result mergeExplained(byte[] userPom, byte[] generatedPom) {
        String text = new String(userPom, StandardCharsets.UTF_8);
        Document user = PomXml.parse(userPom, "pom.xml");
        Document generated = PomXml.parse(generatedPom, "the generated pom");
        Element project = user.getDocumentElement();
        Element generatedProject = generated.getDocumentElement();
        Edit edit = new Edit(user, PomXml.indentUnit(project), new ArrayList<>());
        byte[] untouched = PomXml.serialize(text, project);
        String bootVersion = textOf(child(generatedProject, "parent").orElseThrow(), "version");

        refuseUnsafeManagement(project, bootVersion);
        boolean bootParent = alignBootParent(project, bootVersion, edit);
        mergeProperties(project, generatedProject, bootParent, edit);
        if (!bootParent) {
            importBootBomFirst(project, bootVersion, edit);
        }
        mergeDependencies(project, generatedProject, edit);
        new PomPlugins(project, edit, bootParent, bootVersion).merge(
                children(at(generatedProject, "build", "plugins")).stream().map(p -> (Element) user.importNode(p, true))
                        .toList());

        byte[] merged = PomXml.serialize(text, project);
        // Nothing was missing: the user's file stays byte for byte (no reformatting, no MERGED, no .bak).
        return Arrays.equals(merged, untouched) ? new Result(userPom.clone(), List.of()) : new Result(merged, edit.changes());
    }

    /** A Boot parent of another major is moved to the backend's Boot version; returns whether the parent is Boot's. */
    private static boolean alignBootParent(Element project, String bootVersion, Edit edit) {
        Optional<Element> parent = child(project, "parent");
        if (parent.isEmpty() || !"spring-boot-starter-parent".equals(textOf(parent.get(), "artifactId"))) {
            return false;
        }
        alignBootVersion(project, parent.get(), "the parent spring-boot-starter-parent", bootVersion, edit);
        return true;
    }

    /** Sets the Boot version of {@code holder} (parent or BOM import) to {@code bootVersion} when its major differs. */
    private static void alignBootVersion(Element project, Element holder, String what, String bootVersion, Edit edit) {
        Element version = child(holder, "version").orElse(null);
        String written = version == null ? null : version.getTextContent().trim();
        if (written == null) {
            PomXml.insert(holder, element(edit.document(), "version", bootVersion), edit.unit(), depthOf(holder) + 1);
            edit.said("Set the version of " + what + " to " + bootVersion + ": it had none, and the backend is built on Spring"
                    + " Boot " + bootVersion + ".");
            return;
        }
        Matcher property = PROPERTY.matcher(written);
        Element target = version;
        String value = written;
        String named = what;
        if (property.matches()) {
            Element definition = child(project, "properties").flatMap(p -> child(p, property.group(1))).orElse(null);
            if (definition == null) {
                throw new GenerationException("pom.xml gives the version of " + what + " as " + written + ", which this pom"
                        + " does not define, so the merge cannot tell whether it is Spring Boot " + major(bootVersion)
                        + ". Write the version (" + bootVersion + ") in pom.xml, then run builder:generate again. Nothing"
                        + " was written.");
            }
            target = definition;
            value = definition.getTextContent().trim();
            named = "the property " + property.group(1) + " (the version of " + what + ")";
        }
        if (!major(value).equals(major(bootVersion))) {
            target.setTextContent(bootVersion);
            edit.said("Changed " + named + " from " + value + " to " + bootVersion + ": the generated backend is written for"
                    + " Spring Boot " + major(bootVersion) + " and does not compile or run on Spring Boot " + major(value)
                    + ".");
        }
    }

    /**
     * A managed entry (not a BOM import) that pins a library Boot manages wins over every BOM and the
     * parent: the backend would build against a version Boot was not tested with. Changing or dropping a
     * line the user wrote on purpose is the user's call, so the merge stops here.
     */
    private static void refuseUnsafeManagement(Element project, String bootVersion) {
        List<String> pinned = new ArrayList<>();
        for (Element dependency : children(at(project, "dependencyManagement", "dependencies"))) {
            String group = textOf(dependency, "groupId");
            boolean bomImport = "import".equals(textOf(dependency, "scope"));
            if (!bomImport && group != null && textOf(dependency, "version") != null && bootManaged(group)
                    && !group.equals(BOOT_GROUP)) {
                pinned.add(group + ":" + textOf(dependency, "artifactId") + ":" + textOf(dependency, "version"));
            }
        }
        if (!pinned.isEmpty()) {
            throw new GenerationException("pom.xml's <dependencyManagement> pins " + String.join(", ", pinned) + ". A"
                    + " managed version wins over Spring Boot " + bootVersion + "'s, and the generated backend needs the"
                    + " versions Boot manages. Remove " + (pinned.size() == 1 ? "that entry" : "those entries")
                    + " (Boot's BOM manages them), then run builder:generate again. Nothing was written.");
        }
    }

    private static boolean bootManaged(String group) {
        return BOOT_MANAGED_GROUPS.stream().anyMatch(prefix -> group.equals(prefix) || group.startsWith(prefix + "."));
    }

    private static void mergeProperties(Element project, Element generatedProject, boolean bootParent, Edit edit) {
        Element generatedProperties = child(generatedProject, "properties").orElseThrow();
        Element properties = ensure(project, "properties", edit.unit(), 1);
        List<String> added = new ArrayList<>();
        for (Element property : children(generatedProperties)) {
            boolean wanted = !property.getTagName().equals("java.version") || bootParent;
            if (wanted && child(properties, property.getTagName()).isEmpty()) {
                PomXml.insert(properties, (Element) edit.document().importNode(property, true), edit.unit(), 2);
                added.add(property.getTagName());
            }
        }
        if (!bootParent && child(properties, "maven.compiler.release").isEmpty()) {
            PomXml.insert(properties, element(edit.document(), "maven.compiler.release",
                    textOf(generatedProperties, "java.version")), edit.unit(), 2);
            added.add("maven.compiler.release");
        }
        if (!added.isEmpty()) {
            edit.said("Added the properties " + String.join(", ", added) + ": the version of builder-maven-plugin, the Java"
                    + " release, the class the jar starts and deferred gate failures (one report, one failure) of a"
                    + " generated project.");
        }
    }

    /** Imports Boot's BOM (or moves the user's import of it) before every BOM of a library Boot manages. */
    private static void importBootBomFirst(Element project, String bootVersion, Edit edit) {
        Element management = ensure(ensure(project, "dependencyManagement", edit.unit(), 1), "dependencies", edit.unit(), 2);
        Element bom = artifact(management, BOOT_GROUP, BOOT_BOM).orElse(null);
        List<Element> imports = children(management).stream().filter(d -> "import".equals(textOf(d, "scope"))).toList();
        List<String> overridden = new ArrayList<>();
        for (Element other : imports) {
            if (other == bom) {
                break;
            }
            String group = textOf(other, "groupId");
            if (group != null && bootManaged(group)) {
                overridden.add(group + ":" + textOf(other, "artifactId") + ":" + textOf(other, "version"));
            }
        }
        Element first = imports.isEmpty() ? null : imports.get(0);
        if (bom == null) {
            bom = edit.document().createElement("dependency");
            PomXml.append(bom, "groupId", BOOT_GROUP);
            PomXml.append(bom, "artifactId", BOOT_BOM);
            PomXml.append(bom, "version", bootVersion);
            PomXml.append(bom, "type", "pom");
            PomXml.append(bom, "scope", "import");
            PomXml.insertBefore(management, bom, overridden.isEmpty() ? null : first, edit.unit(), 3);
            edit.said("Imported Spring Boot's BOM " + BOOT_GROUP + ":" + BOOT_BOM + ":" + bootVersion + " in"
                    + " <dependencyManagement>: the pom has no Spring Boot parent, and the backend's dependencies take their"
                    + " versions from it" + overriddenReason(overridden));
            return;
        }
        alignBootVersion(project, bom, "the imported " + BOOT_BOM, bootVersion, edit);
        if (!overridden.isEmpty()) {
            management.removeChild(bom);
            PomXml.insertBefore(management, bom, first, edit.unit(), 3);
            edit.said("Moved the import of " + BOOT_BOM + " before the other BOMs" + overriddenReason(overridden));
        }
    }

    private static String overriddenReason(List<String> overridden) {
        return overridden.isEmpty() ? "."
                : "; it comes first, before " + String.join(", ", overridden) + ", because in Maven the first import wins and"
                        + " Spring Boot's libraries need the versions Boot manages (an older junit-bom, for one, lacks what"
                        + " Boot's test support calls). Your BOMs still manage what Boot does not.";
    }

    private static void mergeDependencies(Element project, Element generatedProject, Edit edit) {
        Element dependencies = ensure(project, "dependencies", edit.unit(), 1);
        List<String> added = new ArrayList<>();
        for (Element dependency : children(child(generatedProject, "dependencies").orElseThrow())) {
            if (artifact(dependencies, textOf(dependency, "groupId"), textOf(dependency, "artifactId")).isEmpty()) {
                PomXml.insert(dependencies, (Element) edit.document().importNode(dependency, true), edit.unit(), 2);
                added.add(textOf(dependency, "artifactId"));
            }
        }
        if (!added.isEmpty()) {
            edit.said("Added " + added.size() + (added.size() == 1 ? " dependency" : " dependencies") + " the generated code"
                    + " uses: " + String.join(", ", added) + ".");
        }
    }

    /** How deep {@code element} sits below the root ({@code <project>} is 0). */
    static int depthOf(Element element) {
        int depth = 0;
        for (org.w3c.dom.Node n = element; n.getParentNode() instanceof Element parent; n = parent) {
            depth++;
        }
        return depth;
    }

    /** The major version, {@code 4} of {@code 4.0.7}. */
    static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
