package dev.backendbuilder.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Whatever the input, the loader returns a design or raises a DesignException, never anything else. */
class DesignLoaderFuzzTest {

    private static final String EXAMPLE = Designs.example();

    private static final List<String> KEYS = List.of(
        "version", "app", "name", "package", "description", "java", "database", "entities", "Book", "Author", "Order",
        "fields", "indexes", "id", "type", "required", "nullable", "unique", "minLength", "maxLength", "pattern", "min", "max",
        "precision", "scale", "format", "values", "default", "readOnly", "writeOnly", "relationships", "from", "to", "inverse",
        "onDelete", "api", "basePath", "pagination", "defaultSize", "maxSize", "resources", "operations", "filters", "sort",
        "cache", "security", "authentication", "roles", "permissions", "*", "list,get", "rateLimit", "perClient", "cors",
        "origins", "integrations", "isbnLookup", "baseUrl", "timeoutMs", "retries", "circuitBreaker", "method", "path",
        "performance", "endpoint", "p95Ms", "minRps", "quality", "coverage", "line", "branch", "failOnCvss", "spotbugs",
        "benchmarks", "maxRegression", "", "class", "order", "Book.author");

    private static final List<String> SCALARS = List.of(
        "1", "0", "-1", "2", "17", "99999999999", "0x1F", "0o17", "1.5", "1e400", ".inf", ".nan", "true", "false", "null", "~",
        "string", "text", "integer", "long", "decimal", "boolean", "date", "datetime", "uuid", "enum", "email", "url",
        "many-to-one", "one-to-one", "many-to-many", "set-null", "cascade", "restrict", "list", "get", "create", "jwt", "none",
        "basic", "public", "authenticated", "USER", "ADMIN", "GET", "/api", "/isbn/{isbn}", "GET /api/books", "100/min",
        "0/s", "https://x.org", "http://", "[", "(", "Book", "Author", "Book.author", "\"\"", "'a'", "!!binary aGk=", "&a x",
        "*a", "|", ">", "DRAFT", "2024-01-01", "Z", "é", "\\u0000");

    @Property(tries = 800)
    void loader_should_only_throw_design_exception_on_arbitrary_strings(@ForAll String text) {
        assertOnlyDesignException(text);
    }

    @Property(tries = 600)
    void loader_should_only_throw_design_exception_on_arbitrary_yaml_punctuation(@ForAll("yamlish") String text) {
        assertOnlyDesignException(text);
    }

    @Property(tries = 800)
    void loader_should_only_throw_design_exception_on_random_structures_of_the_format(@ForAll("structures") String yaml) {
        assertOnlyDesignException(yaml);
    }

    @Property(tries = 800)
    void loader_should_only_throw_design_exception_on_mutations_of_the_example(@ForAll("mutations") String yaml) {
        assertOnlyDesignException(yaml);
    }

    @Property(tries = 300)
    void loader_should_only_throw_design_exception_when_lines_of_the_example_are_shuffled_or_dropped(
        @ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int drops) {
        List<String> lines = new ArrayList<>(EXAMPLE.lines().toList());
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < drops && !lines.isEmpty(); i++) {
            lines.remove(random.nextInt(lines.size()));
        }
        if (random.nextBoolean()) {
            Collections.shuffle(lines, random);
        } else if (lines.size() > 2) {
            Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        }
        assertOnlyDesignException(String.join("\n", lines));
    }

    private static void assertOnlyDesignException(String text) {
        try {
            Design design = new DesignLoader().parse(text, "design.yaml");
            assertThat(design).isNotNull();
        } catch (DesignException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.location().file()).isEqualTo("design.yaml");
                assertThat(p.location().line()).isPositive();
                assertThat(p.location().column()).isPositive();
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars(" \n:-[]{},'\"&*!|>#?%@`abc19.~\t").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> structures() {
        return node(4).map(n -> n.render(0));
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, EXAMPLE.length() - 1);
        Arbitrary<Character> replacement = Arbitraries.of(' ', '\n', ':', '-', '[', ']', '{', '}', ',', '"', '\'', '&', '*', '!',
            '#', '|', '>', '\t', 'x', '0', '9', '.', '/', '~', '%', '@', '?', 'é', '\u0000');
        Arbitrary<Tuple.Tuple3<Integer, Character, Integer>> edit = Combinators.combine(position, replacement,
            Arbitraries.integers().between(0, 2)).as(Tuple::of);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            StringBuilder text = new StringBuilder(EXAMPLE);
            for (Tuple.Tuple3<Integer, Character, Integer> e : edits) {
                int at = Math.min(e.get1(), text.length() - 1);
                if (at < 0) {
                    break;
                }
                switch (e.get3()) {
                    case 0 -> text.setCharAt(at, e.get2());
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, e.get2());
                }
            }
            return text.toString();
        });
    }

    /** A YAML node: scalar, flow list, or block mapping with keys of the real format. */
    private sealed interface Node permits Scalar, Seq, Map {
        String render(int indent);
    }

    private record Scalar(String value) implements Node {
        public String render(int indent) {
            return value;
        }
    }

    private record Seq(List<Node> items) implements Node {
        public String render(int indent) {
            return "[" + String.join(", ", items.stream().map(i -> i instanceof Map m ? m.flow() : i.render(0)).toList()) + "]";
        }
    }

    private record Map(List<Tuple.Tuple2<String, Node>> entries) implements Node {
        public String render(int indent) {
            StringBuilder out = new StringBuilder();
            for (Tuple.Tuple2<String, Node> e : entries) {
                out.append("\n").append(" ".repeat(indent)).append(quote(e.get1())).append(":");
                out.append(e.get2() instanceof Map m && !m.entries.isEmpty() ? m.render(indent + 2) : " " + e.get2().render(0));
            }
            return indent == 0 && out.length() > 0 ? out.substring(1) : out.toString();
        }

        String flow() {
            return "{" + String.join(", ", entries.stream().map(e -> quote(e.get1()) + ": "
                + (e.get2() instanceof Map m ? m.flow() : e.get2().render(0))).toList()) + "}";
        }

        private static String quote(String key) {
            return key.matches("[A-Za-z][A-Za-z0-9.]*") ? key : "\"" + key + "\"";
        }
    }

    private static Arbitrary<Node> node(int depth) {
        Arbitrary<Node> scalar = Arbitraries.oneOf(Arbitraries.of(SCALARS), Arbitraries.strings().ofMaxLength(6).alpha())
            .map(Scalar::new);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Node> seq = Arbitraries.lazy(() -> node(depth - 1)).list().ofMaxSize(4).map(Seq::new);
        Arbitrary<Node> map = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.lazy(() -> node(depth - 1)))
            .as(Tuple::of).list().ofMaxSize(5).map(Map::new);
        return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(2, seq), Tuple.of(4, map));
    }
}
