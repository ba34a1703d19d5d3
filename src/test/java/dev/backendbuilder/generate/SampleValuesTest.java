package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.Fixtures.entity;
import static dev.backendbuilder.generate.Fixtures.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.backendbuilder.design.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SampleValuesTest {

    private static final String CODES = """
            version: 1
            app: { name: codes, package: com.acme.codes }
            entities:
              Code:
                fields:
                  code:   { type: string, required: true, unique: true, minLength: 4, maxLength: 6, pattern: "^[A-Z]{2}[0-9]+$" }
                  tiny:   { type: string, unique: true, maxLength: 2 }
                  padded: { type: string, minLength: 12, maxLength: 20 }
                  brief:  { type: string, maxLength: 5 }
                  quoted: { type: string, pattern: "^\\\\\\\\\\"[a-z]{3}$" }
                  site:   { type: string, format: url }
                  mail:   { type: string, format: email, unique: true }
                  body:   { type: text }
                  amount: { type: long, min: 1 }
                  low:    { type: integer, max: -5 }
                  ratio:  { type: decimal, min: 0, max: 2, scale: 3 }
                  flag:   { type: boolean }
                  day:    { type: date, unique: true }
                  moment: { type: datetime }
                  token:  { type: uuid, unique: true }
                  inbox:  { type: text, maxLength: 6, pattern: '^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$' }
            security:
              authentication: none
            """;

    private static Field codeField(String name) {
        return field(entity(Fixtures.view(Fixtures.design(CODES)), "Code"), name).field();
    }

    private static Field libraryField(String entity, String name) {
        return field(entity(Fixtures.view(Fixtures.library()), entity), name).field();
    }

    /** The value of a Java string literal produced by {@link SampleValues#quote}. */
    private static String unquote(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"");
        return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    @Test
    void a_unique_field_should_get_64_distinct_values_within_its_length_and_pattern() {
        Field code = codeField("code");
        List<String> samples = SampleValues.valid("Code", code);

        assertThat(samples).hasSize(SampleValues.UNIQUE_SAMPLES).doesNotHaveDuplicates();
        assertThat(samples).map(SampleValuesTest::unquote).allSatisfy(value -> {
            assertThat(value.length()).isBetween(4, 6);
            assertThat(value).matches("^[A-Z]{2}[0-9]+$");
        });
    }

    @Test
    void the_isbn_of_the_library_should_get_64_distinct_thirteen_digit_values() {
        List<String> samples = SampleValues.valid("Book", libraryField("Book", "isbn"));

        assertThat(samples).hasSize(64).doesNotHaveDuplicates()
                .map(SampleValuesTest::unquote).allSatisfy(value -> assertThat(value).matches("^[0-9]{13}$"));
    }

    @Test
    void a_pattern_of_several_repetitions_should_find_values_in_a_tight_max_length() {
        assertThat(SampleValues.valid("Code", codeField("inbox"))).isNotEmpty()
                .map(SampleValuesTest::unquote).allSatisfy(value -> assertThat(value).hasSizeLessThanOrEqualTo(6)
                        .matches("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"));
    }

    @Test
    void samples_should_be_the_same_on_every_call() {
        Field code = codeField("code");

        assertThat(SampleValues.valid("Code", code)).isEqualTo(SampleValues.valid("Code", code));
        assertThat(SampleValues.valid("Code", codeField("token"))).isEqualTo(SampleValues.valid("Code", codeField("token")));
        assertThat(SampleValues.invalid("Code", code)).isEqualTo(SampleValues.invalid("Code", code));
    }

    @Test
    void text_samples_should_fit_short_maximums_and_be_padded_to_minimums() {
        assertThat(SampleValues.valid("Code", codeField("tiny"))).hasSize(64).doesNotHaveDuplicates()
                .startsWith("\"01\"", "\"02\"").map(SampleValuesTest::unquote)
                .allSatisfy(value -> assertThat(value).hasSizeLessThanOrEqualTo(2));
        assertThat(SampleValues.valid("Code", codeField("padded"))).containsExactly("\"Padded 0001x\"",
                "\"Padded 0002x\"", "\"Padded 0003x\"", "\"Padded 0004x\"");
        assertThat(SampleValues.valid("Code", codeField("body"))).first().isEqualTo("\"Body 0001\"");
    }

    @Test
    void a_maximum_shorter_than_the_label_but_not_than_the_number_should_give_the_numbers() {
        assertThat(SampleValues.valid("Code", codeField("brief"))).containsExactly("\"0001\"", "\"0002\"", "\"0003\"",
                "\"0004\"");
    }

    @Test
    void a_pattern_needing_quotes_and_backslashes_should_give_valid_java_literals() {
        List<String> samples = SampleValues.valid("Code", codeField("quoted"));

        assertThat(samples).isNotEmpty().map(SampleValuesTest::unquote)
                .allSatisfy(value -> assertThat(value).matches("^\\\\\"[a-z]{3}$"));
        assertThat(samples.get(0)).startsWith("\"\\\\\\\"");
    }

    @Test
    void email_and_url_fields_should_get_well_formed_values_and_a_malformed_one() {
        assertThat(SampleValues.valid("Code", codeField("mail"))).hasSize(64).startsWith("\"user0001@example.com\"");
        assertThat(SampleValues.valid("Code", codeField("site"))).startsWith("\"https://example.com/0001\"").hasSize(4);
        assertThat(SampleValues.invalid("Code", codeField("mail"))).extracting(SampleValues.Invalid::rule,
                SampleValues.Invalid::expression).containsExactly(tuple("format", "\"not-an-email\""));
        assertThat(SampleValues.invalid("Code", codeField("site"))).extracting(SampleValues.Invalid::rule,
                SampleValues.Invalid::expression).containsExactly(tuple("format", "\"not a url\""));
    }

    @Test
    void invalid_samples_should_each_break_exactly_their_rule() {
        Field code = codeField("code");
        Pattern pattern = Pattern.compile(code.pattern());

        List<SampleValues.Invalid> invalid = SampleValues.invalid("Code", code);

        assertThat(invalid).extracting(SampleValues.Invalid::rule).containsExactly("required", "maxLength", "minLength", "pattern");
        assertThat(invalid).allSatisfy(i -> assertThat(i.fieldError()).isTrue());
        assertThat(invalid.get(0)).isEqualTo(new SampleValues.Invalid("required", "without code", null, true));
        assertThat(invalid.get(1).expression()).isEqualTo("\"x\".repeat(7)");
        assertThat(invalid.get(2).expression()).isEqualTo("\"x\".repeat(3)");
        String bad = unquote(invalid.get(3).expression());
        assertThat(pattern.matcher(bad).find()).isFalse();
        assertThat(bad.length()).as("only the pattern is broken").isBetween(4, 6);
        assertThat(invalid.get(3).description()).isEqualTo("code not matching ^[A-Z]{2}[0-9]+$");
    }

    @Test
    void the_isbn_should_be_broken_by_a_short_non_digit_value() {
        assertThat(SampleValues.invalid("Book", libraryField("Book", "isbn"))).extracting(SampleValues.Invalid::rule,
                SampleValues.Invalid::expression).containsExactly(tuple("required", null), tuple("pattern", "\"!\""));
    }

    @Test
    void numbers_should_start_at_their_minimum_stop_at_their_maximum_and_be_broken_just_outside() {
        Field rating = libraryField("Review", "rating");

        assertThat(SampleValues.valid("Review", rating)).containsExactly("1", "2", "3", "4");
        assertThat(SampleValues.invalid("Review", rating)).extracting(SampleValues.Invalid::rule, SampleValues.Invalid::expression)
                .containsExactly(tuple("required", null), tuple("min", "0"), tuple("max", "6"));
        assertThat(SampleValues.valid("Code", codeField("amount"))).containsExactly("1L", "2L", "3L", "4L");
        assertThat(SampleValues.invalid("Code", codeField("amount"))).extracting(SampleValues.Invalid::expression)
                .containsExactly("0L");
        assertThat(SampleValues.valid("Code", codeField("low"))).as("maximum below 1").containsExactly("-5");
        assertThat(SampleValues.valid("Code", codeField("ratio"))).containsExactly("new BigDecimal(\"0.000\")",
                "new BigDecimal(\"1.000\")", "new BigDecimal(\"2.000\")");
        assertThat(SampleValues.invalid("Code", codeField("ratio"))).extracting(SampleValues.Invalid::expression)
                .containsExactly("new BigDecimal(\"-1.000\")", "new BigDecimal(\"3.000\")");
        assertThat(SampleValues.invalid("Book", libraryField("Book", "price"))).extracting(SampleValues.Invalid::description)
                .containsExactly("price below 0");
        assertThat(SampleValues.number(rating, new BigDecimal("7.9"))).isEqualTo("7");
    }

    @Test
    void enum_fields_should_get_their_values_and_an_outside_value_refused_naming_the_field() {
        Field status = libraryField("Book", "status");

        assertThat(SampleValues.valid("Book", status)).containsExactly("\"DRAFT\"", "\"PUBLISHED\"", "\"ARCHIVED\"");
        assertThat(SampleValues.invalid("Book", status)).containsExactly(
                new SampleValues.Invalid("values", "status outside its values", "\"NOT_A_VALUE\"", true));
    }

    @Test
    void other_types_should_get_distinct_values_of_their_own_format() {
        assertThat(SampleValues.valid("Code", codeField("flag"))).containsExactly("true", "false");
        assertThat(SampleValues.valid("Code", codeField("day"))).hasSize(64).startsWith("\"2024-01-01\"", "\"2024-01-02\"");
        assertThat(SampleValues.valid("Code", codeField("moment"))).containsExactly("\"2024-01-01T10:00:00Z\"",
                "\"2024-01-01T11:00:00Z\"", "\"2024-01-01T12:00:00Z\"", "\"2024-01-01T13:00:00Z\"");
        assertThat(SampleValues.valid("Code", codeField("token"))).hasSize(64).doesNotHaveDuplicates()
                .map(SampleValuesTest::unquote).allSatisfy(value -> assertThat(java.util.UUID.fromString(value)).isNotNull());
        assertThat(SampleValues.invalid("Code", codeField("flag"))).isEmpty();
    }

    @Test
    void a_field_whose_constraints_admit_no_value_should_say_so() {
        Field impossible = new Field("code", Field.Type.STRING, false, false, false, null, 3, "^a{10}$", null, null, null,
                null, null, null, null, false, false, null, null);

        assertThatThrownBy(() -> SampleValues.valid("Code", impossible))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No valid sample value exists for Code.code; check its constraints");
        assertThat(SampleValues.invalid("Code", impossible)).extracting(SampleValues.Invalid::rule)
                .containsExactly("maxLength", "pattern");
    }

    @Test
    void quote_should_escape_quotes_and_backslashes() {
        assertThat(SampleValues.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }
}
