package dev.backendbuilder.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The figures our engine judges equal those of JaCoCo's own XML report for the same exec files and
 * classes, counter by counter, for every element kind and every value kind. The report side is
 * built the way JaCoCo's tools build it ({@link ExecFileLoader}, {@link Analyzer#analyzeAll},
 * {@link XMLFormatter}); ours goes through {@link ExecutionData}, {@link CoverageAnalysis} and
 * {@link RuleChecker#elements}.
 */
class CoverageNumbersMatchJacocoReportTest {

    @TempDir
    Path folder;

    @Test
    void engine_figures_should_equal_jacocos_xml_report_for_every_element_counter_and_value() throws Exception {
        CoverageFixture fixture = CoverageFixture.create(folder);
        Path unit = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        Path it = fixture.record("jacoco-it.exec", run -> {
            run.call("coveragefixture.Shapes", "perimeterSum", (Object) new int[] {3, -1});
            run.call("coveragefixture.util.Texts", "blank", "x");
        });

        Map<String, double[]> jacoco = jacocoReport(fixture, List.of(unit, it));
        Map<String, double[]> ours = engine(fixture, List.of(unit, it));

        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(jacoco.keySet());
        assertThat(jacoco).hasSizeGreaterThan(60);
        for (Map.Entry<String, double[]> entry : jacoco.entrySet()) {
            double[] expected = entry.getValue();
            double[] actual = ours.get(entry.getKey());
            // missed and covered counts, then every value kind computed by our ValueType from our counter
            assertThat(actual).as(entry.getKey()).containsExactly(expected);
        }
    }

    /** {@code CLASS coveragefixture.Shapes LINE} → [missed, covered, COVEREDRATIO, MISSEDRATIO, COVEREDCOUNT, MISSEDCOUNT, TOTALCOUNT]. */
    private Map<String, double[]> engine(CoverageFixture fixture, List<Path> execFiles) throws Exception {
        ExecutionData data = ExecutionData.read(execFiles, folder);
        IBundleCoverage bundle = CoverageAnalysis.analyse("fixture", List.of(fixture.module()), data,
            new ClassFilter(List.of()), folder).bundle();
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (ElementType type : ElementType.values()) {
            for (RuleChecker.Element element : RuleChecker.elements(bundle, type)) {
                for (CounterType counter : CounterType.values()) {
                    org.jacoco.core.analysis.ICounter c = element.node().getCounter(counter.entity());
                    if (c.getTotalCount() == 0) {
                        continue;
                    }
                    double[] values = new double[2 + ValueType.values().length];
                    values[0] = c.getMissedCount();
                    values[1] = c.getCoveredCount();
                    for (ValueType value : ValueType.values()) {
                        values[2 + value.ordinal()] = value.of(c);
                    }
                    figures.put(type + " " + element.name() + " " + counter, values);
                }
            }
        }
        return figures;
    }

    private Map<String, double[]> jacocoReport(CoverageFixture fixture, List<Path> execFiles) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path file : execFiles) {
            loader.load(file.toFile());
        }
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(fixture.classes().toFile());
        Path xml = folder.resolve("jacoco-own.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            IReportVisitor visitor = new XMLFormatter().createVisitor(out);
            visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
            visitor.visitBundle(builder.getBundle("fixture"),
                new DirectorySourceFileLocator(fixture.sources().toFile(), "UTF-8", 4));
            visitor.visitEnd();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element report = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
        Map<String, double[]> figures = new LinkedHashMap<>();
        collect(report, ElementType.BUNDLE, "fixture", "", figures);
        return figures;
    }

    private static final Map<String, ElementType> KINDS = Map.of("package", ElementType.PACKAGE, "class",
        ElementType.CLASS, "sourcefile", ElementType.SOURCEFILE, "method", ElementType.METHOD);

    private void collect(Element node, ElementType type, String name, String packageName, Map<String, double[]> figures) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            String tag = element.getTagName();
            if (tag.equals("counter")) {
                double missed = Double.parseDouble(element.getAttribute("missed"));
                double covered = Double.parseDouble(element.getAttribute("covered"));
                double total = missed + covered;
                Map<ValueType, Double> values = new EnumMap<>(ValueType.class);
                values.put(ValueType.COVEREDRATIO, covered / total);
                values.put(ValueType.MISSEDRATIO, missed / total);
                values.put(ValueType.COVEREDCOUNT, covered);
                values.put(ValueType.MISSEDCOUNT, missed);
                values.put(ValueType.TOTALCOUNT, total);
                double[] row = new double[2 + ValueType.values().length];
                row[0] = missed;
                row[1] = covered;
                for (ValueType value : ValueType.values()) {
                    row[2 + value.ordinal()] = values.get(value);
                }
                figures.put(type + " " + name + " " + element.getAttribute("type"), row);
            } else if (KINDS.containsKey(tag)) {
                String own = element.getAttribute("name").replace('/', '.');
                String childPackage = tag.equals("package") ? own : packageName;
                String childName = switch (tag) {
                    case "sourcefile" -> packageName.isEmpty() ? own : packageName + "." + own;
                    case "method" -> name + "." + element.getAttribute("name") + element.getAttribute("desc");
                    default -> own;
                };
                collect(element, KINDS.get(tag), childName, childPackage, figures);
            }
        }
    }
}
