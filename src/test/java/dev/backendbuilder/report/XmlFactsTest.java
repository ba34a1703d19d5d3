package dev.backendbuilder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.PackageCoverage;
import dev.backendbuilder.report.ImplementationReport.TestFacts;
import dev.backendbuilder.report.ImplementationReport.TestKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlFactsTest {

    static final String JACOCO_XML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="calc">\
        <package name="com/example/calc"><class name="com/example/calc/Calculator">\
        <counter type="LINE" missed="1" covered="99"/></class>\
        <counter type="INSTRUCTION" missed="3" covered="30"/><counter type="BRANCH" missed="5" covered="3"/>\
        <counter type="LINE" missed="7" covered="7"/></package>\
        <package name=""><counter type="LINE" missed="0" covered="2"/></package>\
        <counter type="LINE" missed="7" covered="9"/></report>
        """;

    static void suite(Path folder, String name, int tests, int failures, int errors, int skipped, String time)
            throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"" + name + "\" time=\"" + time
            + "\" tests=\"" + tests + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" failures=\"" + failures
            + "\"><testcase name=\"a\"/></testsuite>\n");
    }

    @Test
    void tests_should_total_unit_and_integration_reports_and_group_them_by_name(@TempDir Path project) throws IOException {
        Path surefire = project.resolve("target/surefire-reports");
        Path failsafe = project.resolve("target/failsafe-reports");
        suite(surefire, "com.example.book.BookApiTest", 12, 0, 0, 1, "1,234.5");
        suite(surefire, "com.example.author.AuthorApiTest", 8, 1, 0, 0, "0.5");
        suite(surefire, "com.example.CalculatorTest", 3, 0, 1, 0, "");
        suite(surefire, "com.example.Checks", 2, 0, 0, 0, "0.1");
        suite(failsafe, "com.example.ApplicationHttpIT", 1, 0, 0, 0, "3.0");
        Files.writeString(surefire.resolve("com.example.CalculatorTest.txt"), "not a report");

        TestFacts facts = new XmlFacts().tests(project, surefire, failsafe);

        assertThat(facts.kinds()).containsExactly(
            new TestKind("unit", "target/surefire-reports", 4, 25, 1, 1, 1, 1235.1),
            new TestKind("integration", "target/failsafe-reports", 1, 1, 0, 0, 0, 3.0));
        assertThat(facts.byFamily()).containsExactly(new Count("*ApiTest", 20), new Count("*HttpIT", 1),
            new Count("*Test", 3), new Count("other (unit)", 2));
    }

    @Test
    void tests_should_be_empty_without_reports(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("target/surefire-reports"));

        TestFacts facts = new XmlFacts().tests(project, project.resolve("target/surefire-reports"),
            project.resolve("target/failsafe-reports"));

        assertThat(facts.kinds()).isEmpty();
        assertThat(facts.byFamily()).isEmpty();
    }

    @Test
    void tests_should_name_a_broken_report(@TempDir Path project) throws IOException {
        Path surefire = project.resolve("surefire");
        Files.createDirectories(surefire);
        Files.writeString(surefire.resolve("TEST-x.xml"), "<testsuite tests=\"many\"/>");

        assertThatThrownBy(() -> new XmlFacts().tests(project, surefire, project.resolve("none")))
            .isInstanceOf(IOException.class).hasMessageContaining("TEST-x.xml is not a readable test report");
    }

    @Test
    void coverage_should_read_line_and_branch_counters_of_each_package_without_loading_the_dtd(@TempDir Path dir)
            throws IOException {
        Path xml = dir.resolve("jacoco.xml");
        Files.writeString(xml, JACOCO_XML);

        assertThat(new XmlFacts().coverage(xml)).containsExactly(new PackageCoverage("(default package)", 2, 0, 0, 0),
            new PackageCoverage("com.example.calc", 7, 7, 3, 5));
        assertThat(new PackageCoverage("p", 7, 7, 3, 5).lineRatio()).isEqualTo(0.5);
        assertThat(new PackageCoverage("p", 0, 0, 0, 0).branchRatio()).isEqualTo(1.0);
    }

    @Test
    void coverage_should_be_empty_without_report_and_name_a_broken_one(@TempDir Path dir) throws IOException {
        assertThat(new XmlFacts().coverage(dir.resolve("jacoco.xml"))).isEmpty();
        Files.writeString(dir.resolve("broken.xml"), "<report><package name=\"a\">");

        assertThatThrownBy(() -> new XmlFacts().coverage(dir.resolve("broken.xml"))).isInstanceOf(IOException.class)
            .hasMessageContaining("broken.xml is not a readable JaCoCo XML report");
    }
}
