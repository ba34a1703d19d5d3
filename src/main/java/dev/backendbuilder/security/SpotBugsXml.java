package dev.backendbuilder.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the {@code BugInstance}s of a SpotBugs XML report ({@code -xml:withMessages}). */
final class SpotBugsXml {

    private SpotBugsXml() {
    }

    static List<BugFinding> read(Path report) throws SecurityToolException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(report.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SecurityToolException("Cannot read the SpotBugs report " + report + ": " + e.getMessage() + ".", e);
        }
        List<BugFinding> bugs = new ArrayList<>();
        NodeList instances = document.getElementsByTagName("BugInstance");
        for (int i = 0; i < instances.getLength(); i++) {
            Element bug = (Element) instances.item(i);
            Element primaryClass = primaryChild(bug, "Class");
            Element primaryMethod = primaryChild(bug, "Method");
            Element line = primaryChild(bug, "SourceLine");
            if (line == null && primaryMethod != null) {
                line = firstChild(primaryMethod, "SourceLine");
            }
            if (line == null && primaryClass != null) {
                line = firstChild(primaryClass, "SourceLine");
            }
            String className = primaryClass != null ? primaryClass.getAttribute("classname")
                    : line != null ? line.getAttribute("classname") : "";
            Integer start = line == null || line.getAttribute("start").isEmpty() ? null : Integer.valueOf(line.getAttribute("start"));
            String sourcePath = line == null || line.getAttribute("sourcepath").isEmpty() ? null : line.getAttribute("sourcepath");
            Element message = firstChild(bug, "LongMessage");
            bugs.add(new BugFinding(bug.getAttribute("type"), bug.getAttribute("category"), number(bug, "priority", 2),
                    number(bug, "rank", 20), className, primaryMethod == null ? null : primaryMethod.getAttribute("name"),
                    sourcePath, start, message == null ? null : message.getTextContent().strip()));
        }
        bugs.sort(Comparator.comparing(BugFinding::className).thenComparing(b -> b.line() == null ? 0 : b.line())
                .thenComparing(BugFinding::type));
        return bugs;
    }

    private static int number(Element element, String attribute, int fallback) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }

    /** The child marked {@code primary="true"}, else the first child of that name. */
    private static Element primaryChild(Element parent, String name) {
        Element first = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                if ("true".equals(e.getAttribute("primary"))) {
                    return e;
                }
                first = first == null ? e : first;
            }
        }
        return first;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
