package dev.backendbuilder.security;

import edu.umd.cs.findbugs.filter.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a SpotBugs include or exclude filter file before the fork runs: SpotBugs itself ignores an
 * element it does not know (a {@code <Mtch>} excludes nothing) and, in the fork, reports a file it
 * cannot parse only to a logger, so a broken filter would silently change what the gate reports.
 * Checked: well-formed XML, every element one of SpotBugs' filter schema ({@code findbugsfilter.xsd}
 * in its jar), and SpotBugs' own parser (regular expressions, attribute values).
 */
final class SpotBugsFilterFile {

    private static final Set<String> ELEMENTS = schemaElements();

    private SpotBugsFilterFile() {
    }

    /**
     * @param file      the filter file
     * @param parameter the parameter that names it ({@code builder.security.spotbugs.excludeFilter}), for the message
     * @throws SecurityToolException when the file is missing or malformed, naming the file, the place and the parser's message
     */
    static void check(Path file, String parameter) throws SecurityToolException {
        if (!Files.isRegularFile(file)) {
            throw new SecurityToolException("The SpotBugs filter file " + file + " does not exist. Fix " + parameter + ".");
        }
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            SAXParser parser = factory.newSAXParser();
            parser.parse(file.toFile(), new KnownElements());
        } catch (SAXParseException e) {
            throw malformed(file, parameter, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw malformed(file, parameter, e.getMessage(), e);
        } catch (IOException e) {
            throw new SecurityToolException("Cannot read the SpotBugs filter file " + file + ": " + e.getMessage() + ".", e);
        }
        try {
            Filter.parseFilter(file.toString());
        } catch (IOException | RuntimeException e) {
            throw malformed(file, parameter, DependencyCheckRunner.describe(e), e);
        }
    }

    private static SecurityToolException malformed(Path file, String parameter, String why, Exception cause) {
        return new SecurityToolException("The SpotBugs filter file " + file + " (" + parameter + ") is malformed: " + why
                + " Fix it; the format is SpotBugs' filter file (https://spotbugs.readthedocs.io/en/latest/filter.html).", cause);
    }

    /** Refuses an element that is not in SpotBugs' filter schema. */
    private static final class KnownElements extends DefaultHandler {
        private Locator locator;
        private boolean root = true;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            if (root && !name.equals("FindBugsFilter")) {
                throw new SAXParseException("the root element is <" + name + ">, not <FindBugsFilter>.", locator);
            }
            root = false;
            if (!ELEMENTS.contains(name)) {
                throw new SAXParseException("SpotBugs does not know the element <" + name + "> (it would ignore it); its"
                        + " filter elements are " + String.join(", ", ELEMENTS) + ".", locator);
            }
        }
    }

    /** The element names declared in SpotBugs' {@code findbugsfilter.xsd}. */
    private static Set<String> schemaElements() {
        java.util.SortedSet<String> names = new TreeSet<>();
        try (InputStream in = Filter.class.getResourceAsStream("/findbugsfilter.xsd")) {
            if (in == null) {
                throw new IllegalStateException("findbugsfilter.xsd is missing from the SpotBugs jar");
            }
            Matcher element = Pattern.compile("<(?:xsd?:)?element\\s+name=\"([A-Za-z]+)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (element.find()) {
                names.add(element.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read findbugsfilter.xsd from the SpotBugs jar", e);
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
