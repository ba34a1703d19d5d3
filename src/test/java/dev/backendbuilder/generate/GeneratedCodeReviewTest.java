package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The generated code passes a hand review, on every fixture design (random designs: see the design-space tier). */
class GeneratedCodeReviewTest {

    static Stream<String> fixtures() {
        return Stream.of("examples/library/design.yaml", "src/test/resources/dev/backendbuilder/generate/combinations.yaml",
                "src/test/resources/dev/backendbuilder/generate/clashing-names.yaml",
                "src/test/resources/dev/backendbuilder/generate/fifty-entities.yaml",
                "src/test/resources/dev/backendbuilder/generate/basic-h2.yaml");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void generated_files_should_pass_a_hand_review(String design) throws IOException {
        Map<String, String> files = Fixtures.render(Fixtures.design(Files.readString(Path.of(design))));
        assertThat(GeneratedCodeReview.findings(files)).isEmpty();
    }

    @Test
    void the_review_should_find_each_kind_of_finding() {
        String java = """
                package a;

                class A {


                    void m() {
                        call(1,

                                2);
                        java.util.List<String> x = null;
                        String s = "java.util.List is fine in a string";
                    }
                    @PreAuthorize("hasAnyRole('ADMIN')")
                    void %s() {
                    }
                }
                """.formatted("x".repeat(120));
        assertThat(GeneratedCodeReview.findings(Map.of("A.java", java, "application.yaml", "a: 1\n# ---- section ----\n")))
                .containsExactlyInAnyOrder(
                        "A.java:5: two blank lines in a row",
                        "A.java:8: blank line inside an argument list",
                        "A.java:10: fully qualified java.util.List in code; import it",
                        "A.java:13: hasAnyRole('ADMIN') names one role; use hasRole",
                        "A.java:14: line of 133 characters (at most 120)",
                        "application.yaml:2: template section marker left in the configuration: # ---- section ----");
    }

    @Test
    void a_qualified_java_name_should_pass_where_it_resolves_a_clash() {
        String declares = """
                package a;

                class Instant {
                    java.time.Instant when;
                }
                """;
        String importsAnother = """
                package a;

                import b.List;

                class A {
                    java.util.List<String> names;
                    List list;
                }
                """;
        String usesAnotherOfItsPackage = """
                package a;

                class InstantService {
                    Instant find(java.time.Instant at) {
                        return null;
                    }
                }
                """;
        String importsTheSame = """
                package a;

                import java.time.Instant;

                class B {
                    java.time.Instant at;
                    Instant other;
                }
                """;
        assertThat(GeneratedCodeReview.findings(Map.of("a/Instant.java", declares, "a/A.java", importsAnother,
                "a/InstantService.java", usesAnotherOfItsPackage, "a/B.java", importsTheSame)))
                .containsExactly("a/B.java:6: fully qualified java.time.Instant in code; import it");
    }
}
