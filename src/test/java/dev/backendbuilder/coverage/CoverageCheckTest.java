package dev.backendbuilder.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jacoco.core.data.ExecutionDataWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage gate on real classes, run instrumented by JaCoCo in memory, and on broken inputs. */
class CoverageCheckTest {

    @TempDir
    Path folder;

    private CoverageFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = CoverageFixture.create(folder);
    }

    private CoverageCheck.Settings settings(List<Path> execFiles, List<CoverageRule> rules, List<String> excludes,
            CoverageCheck.NewCode newCode) {
        return new CoverageCheck.Settings("fixture", folder, List.of(fixture.module()), execFiles, "target/jacoco*.exec",
            rules, new ClassFilter(excludes), folder.resolve("target/builder/coverage"), "UTF-8", newCode);
    }

    private CoverageCheck.Outcome run(List<Path> execFiles, List<CoverageRule> rules) throws CoverageException {
        return new CoverageCheck().run(settings(execFiles, rules, List.of(), null));
    }

    @Test
    void check_should_report_actual_ratio_rounded_down_when_minimum_is_not_met() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);

        CoverageCheck.Outcome outcome = run(List.of(exec), List.of(CoverageRule.bundleMinimums(0.80, 0.80)));

        GateResult result = outcome.result();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        // 6 of 22 lines (0.27272..), 4 of 18 branches (0.22222..) ran; the annotation and the @Generated class
        // are analysed but have no code that counts
        assertThat(result.violations()).extracting(Violation::message)
            .containsExactly("line coverage 0.2727 < minimum 0.80", "branch coverage 0.2222 < minimum 0.80");
        assertThat(result.summary()).isEqualTo("line 0.2727, branch 0.2222 (4 class files, 1 exec file)");
        assertThat(outcome.leastCovered()).containsExactly(
            "coveragefixture.Shapes: line 0.2352 (4 of 17), branch 0.2500 (3 of 12)",
            "coveragefixture.util.Texts: line 0.4000 (2 of 5), branch 0.1666 (1 of 6)");
        assertThat(result.evidence()).containsExactly("target/builder/coverage/index.html",
            "target/builder/coverage/jacoco.xml");
        assertThat(folder.resolve("target/builder/coverage/index.html")).isRegularFile();
        assertThat(folder.resolve("target/builder/coverage/coveragefixture/Shapes.java.html")).isRegularFile();
        assertThat(Files.readString(folder.resolve("target/builder/coverage/jacoco.xml")))
            .contains("<counter type=\"LINE\" missed=\"16\" covered=\"6\"/><counter type=\"COMPLEXITY\" missed=\"14\" covered=\"3\"/><counter type=\"METHOD\" missed=\"5\" covered=\"3\"/><counter type=\"CLASS\" missed=\"0\" covered=\"2\"/></report>");
    }

    @Test
    void check_should_merge_every_exec_file_and_pass_with_its_figures() throws Exception {
        Path unit = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        Path it = fixture.record("jacoco-it.exec", CoverageFixture::moreOfIt);

        GateResult result = run(List.of(unit, it), List.of(CoverageRule.bundleMinimums(0.75, 0.85))).result();

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.violations()).isEmpty();
        assertThat(result.metrics()).filteredOn(m -> m.threshold() != null)
            .extracting(Metric::name, Metric::label, Metric::threshold)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("bundle.line", "line coverage", 0.75),
                org.assertj.core.groups.Tuple.tuple("bundle.branch", "branch coverage", 0.85));
        // only Shapes.unused, the two constructors and one branch each of area and blank never ran
        assertThat(result.summary()).isEqualTo("line 0.7727, branch 0.8888 (4 class files, 2 exec files)");
    }

    @Test
    void check_should_leave_out_generated_classes_and_excluded_patterns() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);

        CoverageCheck.Outcome outcome = new CoverageCheck().run(settings(List.of(exec),
            List.of(CoverageRule.bundleMinimums(0.20, 0.20)), List.of("coveragefixture/util/**"), null));

        // GeneratedMapper is filtered by JaCoCo (its @Generated annotation), Texts by the pattern
        assertThat(outcome.result().status()).isEqualTo(Status.PASSED);
        assertThat(outcome.result().summary()).isEqualTo("line 0.2352, branch 0.2500 (3 class files, 1 exec file)");
        assertThat(outcome.details()).containsExactly("1 class left out by builder.coverage.excludes");
        assertThat(Files.readString(folder.resolve("target/builder/coverage/jacoco.xml")))
            .contains("<class name=\"coveragefixture/GeneratedMapper\" sourcefilename=\"GeneratedMapper.java\"/>")
            .doesNotContain("Texts");
    }

    @Test
    void check_should_warn_without_failing_for_a_warn_level_rule_on_classes() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        CoverageRule perClass = new CoverageRule(ElementType.CLASS, List.of("coveragefixture.*"), List.of("*Texts"),
            List.of(new Limit(CounterType.LINE, ValueType.MISSEDCOUNT, null, 5.0)), Level.WARN);

        GateResult result = run(List.of(exec), List.of(perClass)).result();

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("line missed count 13 > maximum 5");
            assertThat(v.location()).isEqualTo("class coveragefixture.Shapes");
            assertThat(v.rule()).isEqualTo("coverage.class.line.missedcount");
        });
        assertThat(result.metrics()).filteredOn(m -> m.threshold() != null).extracting(Metric::label)
            .containsExactly("highest line missed count of a class (coveragefixture.Shapes)");
    }

    @Test
    void check_should_skip_with_a_warning_when_there_is_no_exec_file() throws Exception {
        CoverageCheck.Outcome outcome = run(List.of(), List.of(CoverageRule.bundleMinimums(0.8, 0.8)));

        assertThat(outcome.result().status()).isEqualTo(Status.SKIPPED);
        assertThat(outcome.result().notes()).containsExactly("no execution data: no file matches target/jacoco*.exec"
            + " (tests skipped or not run, or builder:prepare-coverage not bound); coverage not checked");
        assertThat(folder.resolve("target/builder/coverage")).doesNotExist();
    }

    @Test
    void check_should_skip_a_module_without_classes() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        CoverageCheck.Settings settings = new CoverageCheck.Settings("empty", empty,
            List.of(new CoverageAnalysis.Module("empty", empty, empty.resolve("target/classes"), List.of())), List.of(),
            "target/jacoco*.exec", List.of(CoverageRule.bundleMinimums(0.8, 0.8)), new ClassFilter(List.of()),
            empty.resolve("target/builder/coverage"), "UTF-8", null);

        GateResult result = new CoverageCheck().run(settings).result();

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.notes()).containsExactly("no classes to measure in target/classes; coverage not checked");
    }

    @Test
    void check_should_skip_when_every_class_is_excluded() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);

        GateResult result = new CoverageCheck().run(settings(List.of(exec), List.of(CoverageRule.bundleMinimums(0.8, 0.8)),
            List.of("coveragefixture.*"), null)).result();

        assertThat(result.notes()).containsExactly(
            "no classes to measure: all 4 classes are left out by builder.coverage.excludes; coverage not checked");
    }

    @Test
    void check_should_say_which_exec_file_is_truncated() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        byte[] bytes = Files.readAllBytes(exec);
        Files.write(exec, Arrays.copyOf(bytes, bytes.length - 3));

        assertThatThrownBy(() -> run(List.of(exec), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessage("target/jacoco.exec is truncated: it ends in the middle of a record (was the test JVM killed"
                + " while writing it?). Delete it and run the tests again.");
        assertThat(folder.resolve("target/builder/coverage")).doesNotExist();
    }

    @Test
    void check_should_refuse_a_file_that_is_not_execution_data() throws Exception {
        Path foreign = Files.writeString(folder.resolve("target/jacoco.exec"), "hello, not JaCoCo");

        assertThatThrownBy(() -> run(List.of(foreign), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessage("target/jacoco.exec is not a JaCoCo execution data file (Invalid execution data file.)."
                + " Delete it or leave it out of builder.coverage.execFiles, then run the tests again.");
    }

    @Test
    void check_should_refuse_exec_data_of_another_format_version() throws Exception {
        Path old = Files.write(folder.resolve("target/jacoco-old.exec"),
            new byte[] {0x01, (byte) 0xC0, (byte) 0xC0, 0x10, 0x06});

        assertThatThrownBy(() -> run(List.of(old), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessage("target/jacoco-old.exec was written by an incompatible JaCoCo version (exec format 0x1006,"
                + " this plugin reads 0x1007). Delete it and run the tests again with builder:prepare-coverage.");
    }

    @Test
    void check_should_name_the_classes_whose_exec_data_is_stale() throws Exception {
        Path stale = folder.resolve("target/jacoco.exec");
        try (OutputStream out = Files.newOutputStream(stale)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitClassExecution(new org.jacoco.core.data.ExecutionData(42L, "coveragefixture/Shapes",
                new boolean[] {true, false, false}));
        }

        assertThatThrownBy(() -> run(List.of(stale), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessage("The execution data does not match 1 class (coveragefixture.Shapes): the exec files were"
                + " recorded from an older build of it (stale exec file). Rebuild with 'mvn clean verify' so that"
                + " tests and classes come from the same build.");
    }

    @Test
    void check_should_refuse_exec_files_that_contradict_each_other() throws Exception {
        Path first = folder.resolve("target/jacoco-a.exec");
        Path second = folder.resolve("target/jacoco-b.exec");
        for (Path file : List.of(first, second)) {
            try (OutputStream out = Files.newOutputStream(file)) {
                new ExecutionDataWriter(out).visitClassExecution(new org.jacoco.core.data.ExecutionData(42L,
                    "coveragefixture/Shapes", file == first ? new boolean[] {true} : new boolean[] {true, true}));
            }
        }

        assertThatThrownBy(() -> run(List.of(first, second), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessageStartingWith("target/jacoco-b.exec does not fit the execution data read before it (")
            .hasMessageEndingWith("): the files come from different builds of the same class. Run 'mvn clean verify'"
                + " to record them again.");
    }

    @Test
    void check_should_refuse_a_class_file_jacoco_cannot_read() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        Files.writeString(fixture.classes().resolve("coveragefixture/Broken.class"), "not a class");

        assertThatThrownBy(() -> run(List.of(exec), List.of(CoverageRule.bundleMinimums(0.8, 0.8))))
            .isInstanceOf(CoverageException.class)
            .hasMessageStartingWith("Cannot analyse target/classes/coveragefixture/Broken.class: ")
            .hasMessageEndingWith(". Is it a class file JaCoCo 0.8.15 can read? Rebuild the module or exclude the class"
                + " with builder.coverage.excludes.");
    }

    @Test
    void check_should_say_when_a_rule_has_nothing_to_measure() throws Exception {
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        CoverageRule none = new CoverageRule(ElementType.PACKAGE, List.of("com.nowhere.*"), List.of(),
            List.of(Limit.minimumCoverage(CounterType.BRANCH, 0.5)), Level.ERROR);

        CoverageCheck.Outcome outcome = run(List.of(exec), List.of(none));

        assertThat(outcome.result().status()).isEqualTo(Status.PASSED);
        assertThat(outcome.details()).containsExactly("branch coverage: no branches to measure in any matching package; not checked");
    }
}
