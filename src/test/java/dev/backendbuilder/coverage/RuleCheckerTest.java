package dev.backendbuilder.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.Level;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules, limits and their messages on a real coverage tree. */
class RuleCheckerTest {

    @TempDir
    Path folder;

    private IBundleCoverage bundle;

    @BeforeEach
    void setUp() throws Exception {
        CoverageFixture fixture = CoverageFixture.create(folder);
        Path exec = fixture.record("jacoco.exec", CoverageFixture::someOfIt);
        bundle = CoverageAnalysis.analyse("fixture", List.of(fixture.module()),
            ExecutionData.read(List.of(exec), folder), new ClassFilter(List.of()), folder).bundle();
    }

    private List<RuleChecker.LimitResult> check(ElementType element, List<String> includes, List<String> excludes,
            Limit limit) {
        return new RuleChecker().check(bundle, List.of(new CoverageRule(element, includes, excludes, List.of(limit),
            Level.ERROR)));
    }

    @Test
    void check_should_report_actual_ratio_rounded_down_when_minimum_is_not_met() {
        RuleChecker.LimitResult result = check(ElementType.BUNDLE, null, null,
            Limit.minimumCoverage(CounterType.LINE, 0.8)).get(0);

        assertThat(result.breaches()).singleElement()
            .satisfies(b -> assertThat(result.message(b)).isEqualTo("line coverage 0.2727 < minimum 0.80"));
        assertThat(result.worst().describe()).isEqualTo("bundle fixture");
    }

    @Test
    void check_should_round_a_maximum_up_against_the_user() {
        RuleChecker.LimitResult result = check(ElementType.BUNDLE, null, null,
            new Limit(CounterType.LINE, ValueType.MISSEDRATIO, null, 0.5)).get(0);

        // 16 of 22 lines missed: 0.727272.. shows as 0.7273
        assertThat(result.message(result.breaches().get(0))).isEqualTo("line missed ratio 0.7273 > maximum 0.50");
    }

    @Test
    void check_should_list_breaching_classes_worst_first_and_honour_includes_and_excludes() {
        RuleChecker.LimitResult all = check(ElementType.CLASS, null, null,
            Limit.minimumCoverage(CounterType.LINE, 0.5)).get(0);
        RuleChecker.LimitResult onlyUtil = check(ElementType.CLASS, List.of("coveragefixture.util.*"), null,
            Limit.minimumCoverage(CounterType.LINE, 0.5)).get(0);
        RuleChecker.LimitResult notShapes = check(ElementType.CLASS, null, List.of("*.Shapes"),
            Limit.minimumCoverage(CounterType.LINE, 0.5)).get(0);

        assertThat(all.breaches()).extracting(b -> b.element().describe())
            .containsExactly("class coveragefixture.Shapes", "class coveragefixture.util.Texts");
        assertThat(all.checked()).isEqualTo(2);
        assertThat(onlyUtil.breaches()).extracting(b -> b.element().name()).containsExactly("coveragefixture.util.Texts");
        assertThat(notShapes.breaches()).extracting(b -> b.element().name()).containsExactly("coveragefixture.util.Texts");
    }

    @Test
    void check_should_name_packages_source_files_and_methods() {
        assertThat(RuleChecker.elements(bundle, ElementType.PACKAGE)).extracting(RuleChecker.Element::name)
            .containsExactly("coveragefixture", "coveragefixture.util");
        assertThat(RuleChecker.elements(bundle, ElementType.SOURCEFILE)).extracting(RuleChecker.Element::describe)
            .contains("source file coveragefixture.Shapes.java", "source file coveragefixture.util.Texts.java");
        RuleChecker.LimitResult methods = check(ElementType.METHOD, List.of("coveragefixture.Shapes.*"), null,
            new Limit(CounterType.INSTRUCTION, ValueType.COVEREDCOUNT, 1.0, null)).get(0);
        assertThat(methods.breaches()).extracting(b -> b.element().name()).containsExactlyInAnyOrder(
            "coveragefixture.Shapes.<init>()V", "coveragefixture.Shapes.perimeterSum([I)I",
            "coveragefixture.Shapes.unused(I)I");
        assertThat(methods.message(methods.breaches().get(0))).isEqualTo("instruction covered count 0 < minimum 1");
    }

    @Test
    void check_should_skip_elements_with_nothing_to_count() {
        RuleChecker.LimitResult result = check(ElementType.METHOD, List.of("*.unused*"), null,
            Limit.minimumCoverage(CounterType.BRANCH, 0.9)).get(0);

        assertThat(result.checked()).isZero();
        assertThat(result.worst()).isNull();
        assertThat(result.breaches()).isEmpty();
    }

    @Test
    void check_should_hold_both_bounds_of_one_limit() {
        RuleChecker.LimitResult result = check(ElementType.BUNDLE, null, null,
            new Limit(CounterType.METHOD, ValueType.TOTALCOUNT, 2.0, 5.0)).get(0);

        assertThat(result.breaches()).singleElement().satisfies(b -> {
            assertThat(b.bound()).isEqualTo(Bound.MAXIMUM);
            assertThat(result.message(b)).isEqualTo("method total count 8 > maximum 5");
        });
    }

    @Test
    void limit_should_refuse_bounds_that_cannot_be_met() {
        assertThatThrownBy(() -> new Limit(CounterType.LINE, ValueType.COVEREDRATIO, null, null))
            .hasMessage("a limit on line coverage needs a minimum or a maximum");
        assertThatThrownBy(() -> new Limit(CounterType.LINE, ValueType.COVEREDRATIO, 80.0, null))
            .hasMessage("a coverage limit must be a ratio between 0 and 1 (0.80 for 80 %), not 80.0");
        assertThatThrownBy(() -> new Limit(CounterType.LINE, ValueType.MISSEDCOUNT, -1.0, null))
            .hasMessage("a missed count limit must be a count of 0 or more, not -1.0");
        assertThatThrownBy(() -> new Limit(CounterType.BRANCH, ValueType.COVEREDRATIO, 0.9, 0.5))
            .hasMessage("the limit on branch coverage has minimum 0.90 above its maximum 0.50; no value could pass");
        assertThatThrownBy(() -> new CoverageRule(ElementType.CLASS, null, null, List.of(), null))
            .hasMessage("a rule on class elements has no limits");
    }

    @Test
    void limit_should_show_thresholds_as_written() {
        assertThat(Limit.show(0.8)).isEqualTo("0.80");
        assertThat(Limit.show(0.755)).isEqualTo("0.755");
        assertThat(Limit.show(1.0)).isEqualTo("1");
        assertThat(Limit.show(0)).isEqualTo("0.00");
        assertThat(Limit.show(12)).isEqualTo("12");
    }

    @Test
    void rule_should_default_to_all_elements_and_error_level() {
        CoverageRule rule = new CoverageRule(ElementType.PACKAGE, null, null,
            List.of(Limit.minimumCoverage(CounterType.LINE, 0.5)), null);

        assertThat(rule.level()).isEqualTo(Level.ERROR);
        assertThat(rule.matches("com/example")).isTrue();
        assertThat(ElementType.SOURCEFILE.word()).isEqualTo("source file");
        assertThat(CounterType.COMPLEXITY.plural()).isEqualTo("complexity");
        assertThat(CounterType.CLASS.plural()).isEqualTo("classes");
    }

    @Test
    void class_filter_should_read_class_names_and_paths_alike() {
        ClassFilter filter = new ClassFilter(List.of("com/example/generated/**", "**/*Dto.class", "*$Builder", " "));

        assertThat(filter.patterns()).containsExactly("com.example.generated.*", "*Dto", "*$Builder");
        assertThat(filter.excludes("com.example.generated.Mapper")).isTrue();
        assertThat(filter.excludes("com.example.web.BookDto")).isTrue();
        assertThat(filter.excludes("com.example.Book$Builder")).isTrue();
        assertThat(filter.excludes("com.example.Book")).isFalse();
        assertThat(new ClassFilter(null).excludes("any.Thing")).isFalse();
    }
}
