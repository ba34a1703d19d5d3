package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.Field;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Test values from the entity's counter: valid under the constraints, and how many differ. */
class CounterValuesTest {

    private static Field field(String yaml) {
        String design = "version: 1\napp: { name: things, package: com.acme.things }\nentities:\n  Thing:\n    fields:\n      f: "
                + yaml + "\n";
        return Fixtures.design(design).entities().get("Thing").fields().get("f");
    }

    private static CounterValues.Generated of(String yaml) {
        return CounterValues.of("Thing", field(yaml), "ThingF");
    }

    @Test
    void a_pool_of_samples_keeps_none_that_a_text_filter_would_match_with_another() {
        // the filter test saves two rows and expects its filter (lower-case "contains") to match one
        String typed = of("{ type: text, pattern: '^\\S+$', maxLength: 62 }").typed();
        assertThat(typed).startsWith("pick(n, ");
        List<String> samples = List.of(typed.substring("pick(n, ".length(), typed.length() - 1).split(", "));
        for (String one : samples) {
            for (String other : samples) {
                if (one != other) {
                    assertThat(other.toLowerCase(Locale.ROOT)).doesNotContain(one.toLowerCase(Locale.ROOT).replace("\"", ""));
                }
            }
        }
    }

    @Test
    void strings_should_carry_the_counter_and_fit_their_length() {
        assertThat(of("{ type: string }")).isEqualTo(new CounterValues.Generated("\"F \" + n", "\"F \" + n", CounterValues.UNBOUNDED));
        assertThat(of("{ type: string, maxLength: 4 }").typed()).isEqualTo("String.valueOf((n % 10000))");
        assertThat(of("{ type: string, maxLength: 4 }").capacity()).isEqualTo(10_000);
        assertThat(of("{ type: string, minLength: 30, maxLength: 40 }").typed()).isEqualTo("padded(\"F \" + n, 30)");
        assertThat(of("{ type: string, format: email }").typed()).isEqualTo("\"user\" + n + \"@example.com\"");
        assertThat(of("{ type: string, format: url }").typed()).isEqualTo("\"https://example.com/\" + n");
    }

    @Test
    void an_optional_unique_field_with_few_values_is_null_in_the_rows_after_them() {
        // NULLs never collide, so a test may create any number of rows
        assertThat(of("{ type: boolean, unique: true }"))
                .isEqualTo(new CounterValues.Generated("n < 2 ? (n % 2 == 0) : null", "n < 2 ? (n % 2 == 0) : null",
                        CounterValues.UNBOUNDED));
        assertThat(of("{ type: boolean, unique: true, required: true }").capacity()).isEqualTo(2);
        // with a default too (tier 2, seed 455144971: a unique decimal of two values and a default, three rows in a
        // test): the rows saved directly keep their null; a request body's null takes the default
        assertThat(of("{ type: decimal, unique: true, scale: 1, min: 48614.3, max: 48614.4, default: 48614.3 }"))
                .isEqualTo(new CounterValues.Generated("n < 2 ? (new BigDecimal(\"48614.3\").add(BigDecimal.valueOf(n % 2, 1))) : null",
                        "n < 2 ? (new BigDecimal(\"48614.3\").add(BigDecimal.valueOf(n % 2, 1))) : null", CounterValues.UNBOUNDED));
        assertThat(of("{ type: boolean }").capacity()).isEqualTo(2);
    }

    @Test
    void numbers_should_stay_within_min_max_and_precision() {
        assertThat(of("{ type: integer, min: 1, max: 5 }")).isEqualTo(new CounterValues.Generated("1 + (n % 5)", "1 + (n % 5)", 5));
        assertThat(of("{ type: integer, min: 0 }").typed()).isEqualTo("n");
        assertThat(of("{ type: long, min: -3 }").typed()).isEqualTo("-3L + n");
        assertThat(of("{ type: decimal, precision: 4, scale: 2, min: 0.5 }"))
                .isEqualTo(new CounterValues.Generated("new BigDecimal(\"0.50\").add(BigDecimal.valueOf(n % 9950, 2))",
                        "new BigDecimal(\"0.50\").add(BigDecimal.valueOf(n % 9950, 2))", 9950));
        // a column of tenths below 1: from the lowest it holds, a tenth apart (-0.9 to 0.2)
        assertThat(of("{ type: decimal, precision: 1, scale: 1, max: 0.2, unique: true, required: true }"))
                .isEqualTo(new CounterValues.Generated("new BigDecimal(\"-0.9\").add(BigDecimal.valueOf(n % 12, 1))",
                        "new BigDecimal(\"-0.9\").add(BigDecimal.valueOf(n % 12, 1))", 12));
        assertThat(of("{ type: decimal, precision: 3 }").typed()).isEqualTo("new BigDecimal(\"1\").add(BigDecimal.valueOf(n % 999))");
        assertThat(of("{ type: integer, min: 7, max: 7 }").capacity()).isEqualTo(1);
        // only a max below 1 (tier 2, seed 1805468390: a unique max -999 had one value): down from the max
        assertThat(of("{ type: integer, max: -999, unique: true }"))
                .isEqualTo(new CounterValues.Generated("-999 - (n % 2147482650)", "-999 - (n % 2147482650)", 2147482650));
        assertThat(of("{ type: integer, max: 0 }").typed()).isEqualTo("0 - n");
        assertThat(of("{ type: long, max: -5 }").typed()).isEqualTo("-5L - n");
    }

    @Test
    void patterns_should_take_the_counter_in_their_free_digits_and_letters() {
        CounterValues.Generated code = of("{ type: string, pattern: \"^[A-Z]{3}-[0-9]{4}$\" }");
        assertThat(code.typed()).isEqualTo("place(n / 10000L, 3, CAPITALS) + \"-\" + place(n, 4, DIGITS)");
        assertThat(code.capacity()).isEqualTo(175_760_000);
        CounterValues.Generated fixed = of("{ type: string, pattern: \"^(red|green)$\" }");
        assertThat(fixed.typed()).startsWith("pick(n, ");
        assertThat(fixed.capacity()).isEqualTo(2);
    }

    @Test
    void other_types_should_give_a_new_value_per_row_where_they_can() {
        assertThat(of("{ type: date }").json()).isEqualTo("LocalDate.of(2024, 1, 1).plusDays(n).toString()");
        assertThat(of("{ type: datetime }").typed()).isEqualTo("Instant.parse(\"2024-01-01T10:00:00Z\").plusSeconds(3600L * n)");
        assertThat(of("{ type: uuid }").typed()).startsWith("new UUID(").endsWith("L, n)");
        assertThat(of("{ type: boolean }").capacity()).isEqualTo(2);
        CounterValues.Generated status = of("{ type: enum, values: [A, B, C] }");
        assertThat(status.typed()).isEqualTo("ThingF.values()[n % 3]");
        assertThat(status.json()).isEqualTo("ThingF.values()[n % 3].name()");
        assertThat(status.capacity()).isEqualTo(3);
    }
}
