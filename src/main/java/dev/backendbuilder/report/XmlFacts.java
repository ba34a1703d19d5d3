package dev.backendbuilder.report;

import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.PackageCoverage;
import dev.backendbuilder.report.ImplementationReport.TestFacts;
import dev.backendbuilder.report.ImplementationReport.TestKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Facts from the XML reports of the build: test totals from surefire's and failsafe's
 * {@code TEST-*.xml}, coverage by package from JaCoCo's XML report. Read with StAX, without DTDs or
 * external entities.
 */
public final class XmlFacts {

    private static final Pattern FAMILY = Pattern.compile("([A-Z][a-z0-9]*)(Tests?|IT|ITCase)$");

    private final XMLInputFactory factory;

    public XmlFacts() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * Test totals of the module: {@code unit} from {@code surefireReports}, {@code integration} from
     * {@code failsafeReports}; a kind without reports is left out.
     */
    public TestFacts tests(Path basedir, Path surefireReports, Path failsafeReports) throws IOException {
        List<TestKind> kinds = new ArrayList<>();
        Map<String, Integer> families = new TreeMap<>();
        kind(basedir, "unit", surefireReports, families).ifPresent(kinds::add);
        kind(basedir, "integration", failsafeReports, families).ifPresent(kinds::add);
        return new TestFacts(kinds, families.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    private java.util.Optional<TestKind> kind(Path basedir, String kind, Path folder, Map<String, Integer> families)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "TEST-*.xml")) {
            stream.forEach(files::add);
        }
        if (files.isEmpty()) {
            return java.util.Optional.empty();
        }
        files.sort(null);
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        double seconds = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    // up to the root element
                }
                int count = integer(xml, "tests");
                tests += count;
                failures += integer(xml, "failures");
                errors += integer(xml, "errors");
                skipped += integer(xml, "skipped");
                String time = xml.getAttributeValue(null, "time");
                seconds += time == null || time.isBlank() ? 0 : Double.parseDouble(time.replace(",", ""));
                String name = xml.getAttributeValue(null, "name");
                families.merge(family(name == null ? "" : name, kind), count, Integer::sum);
                xml.close();
            } catch (XMLStreamException | NumberFormatException e) {
                throw new IOException(file + " is not a readable test report (" + e.getMessage()
                        + "); run the tests again (mvn clean verify)", e);
            }
        }
        return java.util.Optional.of(new TestKind(kind, slash(basedir.relativize(folder)), files.size(), tests, failures,
                errors, skipped, seconds));
    }

    /**
     * {@code com.example.BookApiTest} → {@code *ApiTest}, {@code CalculatorTest} → {@code *Test}; a name that ends
     * neither in Test nor IT → {@code other (unit)}.
     */
    static String family(String suite, String kind) {
        String simple = suite.substring(suite.lastIndexOf('.') + 1);
        Matcher matcher = FAMILY.matcher(simple);
        if (!matcher.find()) {
            return "other (" + kind + ")";
        }
        return matcher.start() > 0 ? "*" + matcher.group(1) + matcher.group(2) : "*" + matcher.group(2);
    }

    private static int integer(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    /** Line and branch counters of every package in a JaCoCo XML report; none when the file does not exist. */
    public List<PackageCoverage> coverage(Path jacocoXml) throws IOException {
        List<PackageCoverage> packages = new ArrayList<>();
        if (!Files.isRegularFile(jacocoXml)) {
            return packages;
        }
        try (InputStream in = Files.newInputStream(jacocoXml)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int depth = 0;
            int packageDepth = -1;
            String name = null;
            int[] counters = new int[4];
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = xml.getLocalName();
                    if (element.equals("package")) {
                        packageDepth = depth;
                        name = xml.getAttributeValue(null, "name").replace('/', '.');
                        counters = new int[4];
                    } else if (element.equals("counter") && packageDepth >= 0 && depth == packageDepth + 1) {
                        String type = xml.getAttributeValue(null, "type").toUpperCase(Locale.ROOT);
                        int offset = type.equals("LINE") ? 0 : type.equals("BRANCH") ? 2 : -1;
                        if (offset >= 0) {
                            counters[offset] = integer(xml, "covered");
                            counters[offset + 1] = integer(xml, "missed");
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == packageDepth && xml.getLocalName().equals("package")) {
                        packages.add(new PackageCoverage(name.isEmpty() ? "(default package)" : name, counters[0],
                                counters[1], counters[2], counters[3]));
                        packageDepth = -1;
                    }
                    depth--;
                }
            }
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(jacocoXml + " is not a readable JaCoCo XML report (" + e.getMessage()
                    + "); run builder:coverage again", e);
        }
        packages.sort(java.util.Comparator.comparing(PackageCoverage::name));
        return packages;
    }

    private static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }
}
