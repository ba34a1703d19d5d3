package dev.backendbuilder.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The DOM side of {@link PomMerger}: parsing a pom safely, finding children, inserting elements
 * indented as the file is, and writing the file back with its prolog, start tag and line ends kept.
 */
final class PomXml {

    private PomXml() {
    }

    static Document parse(byte[] xml, String name) {
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
    static byte[] serialize(String original, Element project) {
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

    static Element element(Document document, String name, String text) {
        Element element = document.createElement(name);
        element.setTextContent(text);
        return element;
    }

    static void append(Element parent, String name, String text) {
        parent.appendChild(element(parent.getOwnerDocument(), name, text));
    }

    /** The child {@code name} of {@code parent}, created (empty, indented) when missing. */
    static Element ensure(Element parent, String name, String unit, int depth) {
        return child(parent, name).orElseGet(() -> {
            Element created = parent.getOwnerDocument().createElement(name);
            insert(parent, created, unit, depth);
            return created;
        });
    }

    /** Appends {@code element} as the last child of {@code parent}, indented as the file is. */
    static void insert(Element parent, Element element, String unit, int depth) {
        insertBefore(parent, element, null, unit, depth);
    }

    /** Inserts {@code element} before {@code before} (last when {@code null}), indented as the file is. */
    static void insertBefore(Element parent, Element element, Element before, String unit, int depth) {
        reindent(element, unit, depth);
        if (before != null) {
            parent.insertBefore(element, before);
            parent.insertBefore(parent.getOwnerDocument().createTextNode("\n" + unit.repeat(depth)), before);
            return;
        }
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
        List<Node> laidOut = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.COMMENT_NODE) {
                // on a line of its own; its own line breaks would keep the indentation of the file it came from
                child.setTextContent(child.getTextContent().replaceAll("\\s*\n\\s*", " "));
                laidOut.add(child);
            } else if (child instanceof Element) {
                laidOut.add(child);
            }
        }
        if (laidOut.isEmpty()) {
            return;
        }
        for (Node child : laidOut) {
            element.insertBefore(element.getOwnerDocument().createTextNode("\n" + unit.repeat(depth + 1)), child);
            if (child instanceof Element nested) {
                reindent(nested, unit, depth + 1);
            }
        }
        element.appendChild(element.getOwnerDocument().createTextNode("\n" + unit.repeat(depth)));
    }

    /** The file's indentation unit, read from the whitespace before the first child of the root. */
    static String indentUnit(Element project) {
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

    /** The entry of {@code container} (dependencies or plugins) with these coordinates; plugins' groupId defaults. */
    static Optional<Element> artifact(Element container, String groupId, String artifactId) {
        if (container == null) {
            return Optional.empty();
        }
        for (Element element : children(container)) {
            String group = textOf(element, "groupId");
            boolean sameGroup = groupId == null || groupId.equals(group)
                    || (group == null && "org.apache.maven.plugins".equals(groupId));
            if (sameGroup && artifactId.equals(textOf(element, "artifactId"))) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<Element> child(Element parent, String name) {
        return parent == null ? Optional.empty()
                : children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    /** The element at {@code path} below {@code parent} ({@code build/plugins}), or {@code null}. */
    static Element at(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            current = child(current, name).orElse(null);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    static String textOf(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).orElse(null);
    }
}
