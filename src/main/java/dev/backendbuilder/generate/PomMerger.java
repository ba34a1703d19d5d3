package dev.backendbuilder.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Adds what the generated backend needs to a user's {@code pom.xml} and keeps everything else:
 * comments, order, formatting and the user's own versions. Only elements that are missing are
 * added: a dependency or plugin the user already declares (same groupId and artifactId) is left
 * exactly as written.
 *
 * <p>Without Spring Boot's parent, the Boot BOM is imported and the plugins the parent would
 * have configured (compiler, surefire able to run JUnit 5, the Boot repackager) are declared.
 */
final class PomMerger {

    private static final String BOOT_GROUP = "org.springframework.boot";
    /** Plugin versions a pom without Boot's parent needs (Maven 3.8's defaults cannot build the backend). */
    private static final String COMPILER_VERSION = "3.13.0";
    private static final String SUREFIRE_VERSION = "3.5.2";

    private PomMerger() {
    }

    /** The user's pom with the generated pom's dependencies, plugins and properties added where missing. */
    static byte[] merge(byte[] userPom, byte[] generatedPom) {
        String text = new String(userPom, StandardCharsets.UTF_8);
        Document user = parse(userPom, "pom.xml");
        Document generated = parse(generatedPom, "the generated pom");
        Element project = user.getDocumentElement();
        Element generatedProject = generated.getDocumentElement();
        String unit = indentUnit(project);
        byte[] untouched = serialize(text, project);

        boolean bootParent = child(project, "parent").map(p -> "spring-boot-starter-parent".equals(textOf(p, "artifactId")))
                .orElse(false);
        Element properties = ensure(project, "properties", unit, 1);
        for (Element property : children(child(generatedProject, "properties").orElseThrow())) {
            if (!property.getTagName().equals("java.version") || bootParent) {
                addIfMissing(properties, property, unit, 2);
            }
        }
        if (!bootParent && child(properties, "maven.compiler.release").isEmpty()) {
            addText(properties, "maven.compiler.release", textOf(child(generatedProject, "properties").orElseThrow(),
                    "java.version"), unit, 2);
        }
        if (!bootParent) {
            Element management = ensure(ensure(project, "dependencyManagement", unit, 1), "dependencies", unit, 2);
            if (!hasArtifact(management, BOOT_GROUP, "spring-boot-dependencies")) {
                Element bom = user.createElement("dependency");
                append(bom, user, "groupId", BOOT_GROUP);
                append(bom, user, "artifactId", "spring-boot-dependencies");
                append(bom, user, "version", ProjectView.BOOT_VERSION);
                append(bom, user, "type", "pom");
                append(bom, user, "scope", "import");
                insert(management, bom, unit, 3);
            }
        }
        Element dependencies = ensure(project, "dependencies", unit, 1);
        for (Element dependency : children(child(generatedProject, "dependencies").orElseThrow())) {
            if (!hasArtifact(dependencies, textOf(dependency, "groupId"), textOf(dependency, "artifactId"))) {
                insert(dependencies, (Element) user.importNode(dependency, true), unit, 2);
            }
        }
        Element plugins = ensure(ensure(project, "build", unit, 1), "plugins", unit, 2);
        List<Element> wanted = new ArrayList<>();
        if (!bootParent) {
            wanted.add(plugin(user, "org.apache.maven.plugins", "maven-compiler-plugin", COMPILER_VERSION, null));
            wanted.add(plugin(user, "org.apache.maven.plugins", "maven-surefire-plugin", SUREFIRE_VERSION, null));
        }
        for (Element plugin : children(child(child(generatedProject, "build").orElseThrow(), "plugins").orElseThrow())) {
            Element copy = (Element) user.importNode(plugin, true);
            if (!bootParent && "spring-boot-maven-plugin".equals(textOf(copy, "artifactId"))) {
                copy = plugin(user, BOOT_GROUP, "spring-boot-maven-plugin", ProjectView.BOOT_VERSION, "repackage");
            }
            wanted.add(copy);
        }
        for (Element plugin : wanted) {
            if (!hasArtifact(plugins, textOf(plugin, "groupId"), textOf(plugin, "artifactId"))) {
                insert(plugins, plugin, unit, 3);
            }
        }
        byte[] merged = serialize(text, project);
        // Nothing was missing: the user's file stays byte for byte (no reformatting, no MERGED, no .bak).
        return Arrays.equals(merged, untouched) ? userPom.clone() : merged;
    }

    private static Document parse(byte[] xml, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(xml));
            if (!"project".equals(document.getDocumentElement().getTagName())) {
                throw new GenerationException(name + " is not a Maven POM: its root element is <"
                        + document.getDocumentElement().getTagName() + ">, not <project>.");
            }
            return document;
        } catch (SAXException e) {
            throw new GenerationException(name + " is not well-formed XML (" + e.getMessage() + "); fix it, then"
                    + " generate again.");
        } catch (IOException | ParserConfigurationException e) {
            throw new GenerationException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Text of the whole user file with the root element replaced: the prolog and epilog stay byte for byte. */
    private static byte[] serialize(String original, Element project) {
        try {
            // The JDK's own serializer: another one on the plugin's class path (Xalan, Saxon) would write
            // xmlns="" on every element added to a pom that declares the POM namespace.
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(project), new StreamResult(out));
            int start = original.indexOf("<project");
            int end = original.lastIndexOf("</project>");
            String prolog = start < 0 ? "" : original.substring(0, start);
            String epilog = end < 0 ? "\n" : original.substring(end + "</project>".length());
            String body = out.toString();
            String startTag = start < 0 ? null : startTag(original, start);
            if (startTag != null && body.startsWith("<project")) {
                // The transformer puts every attribute on one line; keep the user's start tag as written.
                body = startTag + body.substring(body.indexOf('>') + 1);
            }
            if (original.contains("\r\n")) {
                // The parser turns every line end into \n (XML 1.0 section 2.11): a Windows file gets its own back.
                body = body.replace("\r\n", "\n").replace("\n", "\r\n");
            }
            return (prolog + body + epilog).getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new GenerationException("Cannot write the merged pom.xml: " + e.getMessage(), e);
        }
    }

    /** The start tag beginning at {@code start}, or {@code null} when it closes itself. */
    private static String startTag(String text, int start) {
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return text.charAt(i - 1) == '/' ? null : text.substring(start, i + 1);
            }
        }
        return null;
    }

    private static Element plugin(Document document, String groupId, String artifactId, String version, String goal) {
        Element plugin = document.createElement("plugin");
        append(plugin, document, "groupId", groupId);
        append(plugin, document, "artifactId", artifactId);
        append(plugin, document, "version", version);
        if (goal != null) {
            Element execution = document.createElement("execution");
            Element goals = document.createElement("goals");
            append(goals, document, "goal", goal);
            execution.appendChild(goals);
            Element executions = document.createElement("executions");
            executions.appendChild(execution);
            plugin.appendChild(executions);
        }
        return plugin;
    }

    private static void append(Element parent, Document document, String name, String text) {
        Element element = document.createElement(name);
        element.setTextContent(text);
        parent.appendChild(element);
    }

    private static void addIfMissing(Element parent, Element element, String unit, int depth) {
        if (child(parent, element.getTagName()).isEmpty()) {
            insert(parent, (Element) parent.getOwnerDocument().importNode(element, true), unit, depth);
        }
    }

    private static void addText(Element parent, String name, String text, String unit, int depth) {
        Element element = parent.getOwnerDocument().createElement(name);
        element.setTextContent(text);
        insert(parent, element, unit, depth);
    }

    /** The child {@code name} of {@code parent}, created (empty, indented) when missing. */
    private static Element ensure(Element parent, String name, String unit, int depth) {
        return child(parent, name).orElseGet(() -> {
            Element created = parent.getOwnerDocument().createElement(name);
            insert(parent, created, unit, depth);
            return created;
        });
    }

    /** Appends {@code element} as the last child of {@code parent}, indented as the file is. */
    private static void insert(Element parent, Element element, String unit, int depth) {
        reindent(element, unit, depth);
        Node last = parent.getLastChild();
        boolean trailingSpace = last != null && last.getNodeType() == Node.TEXT_NODE && last.getTextContent().isBlank();
        Node anchor = trailingSpace ? last : null;
        parent.insertBefore(parent.getOwnerDocument().createTextNode("\n" + unit.repeat(depth)), anchor);
        parent.insertBefore(element, anchor);
        if (!trailingSpace) {
            parent.appendChild(parent.getOwnerDocument().createTextNode("\n" + unit.repeat(depth - 1)));
        }
    }

    /** Replaces the element's layout with the file's indentation, one level per nesting depth. */
    private static void reindent(Element element, String unit, int depth) {
        List<Node> blanks = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                blanks.add(child);
            }
        }
        blanks.forEach(element::removeChild);
        List<Element> elements = children(element);
        if (elements.isEmpty()) {
            return;
        }
        for (Element child : elements) {
            element.insertBefore(element.getOwnerDocument().createTextNode("\n" + unit.repeat(depth + 1)), child);
            reindent(child, unit, depth + 1);
        }
        element.appendChild(element.getOwnerDocument().createTextNode("\n" + unit.repeat(depth)));
    }

    /** The file's indentation unit, read from the whitespace before the first child of the root. */
    private static String indentUnit(Element project) {
        for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().contains("\n")) {
                String text = child.getTextContent();
                String indent = text.substring(text.lastIndexOf('\n') + 1);
                if (!indent.isEmpty() && indent.isBlank()) {
                    return indent;
                }
            }
        }
        return "  ";
    }

    private static boolean hasArtifact(Element container, String groupId, String artifactId) {
        for (Element element : children(container)) {
            String group = textOf(element, "groupId");
            boolean sameGroup = groupId == null || groupId.equals(group)
                    || (group == null && "org.apache.maven.plugins".equals(groupId));
            if (sameGroup && artifactId.equals(textOf(element, "artifactId"))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    private static String textOf(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).orElse(null);
    }
}
