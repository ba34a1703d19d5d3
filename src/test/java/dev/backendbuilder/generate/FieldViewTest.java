package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.Fixtures.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldViewTest {

    private static FieldView fieldOf(String name) {
        return field(DialectTest.thing(), name);
    }

    @Test
    void defaults_should_be_java_expressions_and_json_expectations_of_their_type() {
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("label", new String[] {"\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\""});
        expected.put("notes", new String[] {"\"hello\"", "\"hello\""});
        expected.put("count", new String[] {"5", "5"});
        expected.put("total", new String[] {"7L", "7L"});
        expected.put("price", new String[] {"new BigDecimal(\"1.5\")", null});
        expected.put("active", new String[] {"true", "true"});
        expected.put("born", new String[] {"LocalDate.parse(\"2024-02-03\")", "\"2024-02-03\""});
        expected.put("seen", new String[] {"Instant.parse(\"2024-01-01T00:00:00Z\")", null});
        expected.put("token", new String[] {"UUID.fromString(\"123e4567-e89b-12d3-a456-426614174000\")",
            "\"123e4567-e89b-12d3-a456-426614174000\""});
        expected.put("state", new String[] {"ThingState.OPEN", "\"OPEN\""});
        expected.put("code", new String[] {null, null});

        expected.forEach((name, values) -> {
            assertThat(TypeReferences.strip(fieldOf(name).getDefaultExpression())).as(name).isEqualTo(values[0]);
            assertThat(fieldOf(name).getDefaultJsonExpectation()).as(name).isEqualTo(values[1]);
        });
    }

    @Test
    void java_types_should_follow_the_field_type_and_enums_get_their_own_class() {
        assertThat(DialectTest.thing().getFields()).extracting(FieldView::getName, f -> TypeReferences.strip(f.getJavaType())).containsExactly(
                tuple("label", "String"), tuple("code", "String"), tuple("notes", "String"), tuple("count", "Integer"),
                tuple("total", "Long"), tuple("price", "BigDecimal"), tuple("ratio", "BigDecimal"),
                tuple("active", "Boolean"), tuple("born", "LocalDate"), tuple("seen", "Instant"), tuple("token", "UUID"),
                tuple("state", "ThingState"), tuple("category", "ThingCategory"));
        assertThat(fieldOf("state").isEnum()).isTrue();
        assertThat(fieldOf("state").getEnumValues()).containsExactly("OPEN", "CLOSED");
        assertThat(fieldOf("state").getCapName()).isEqualTo("State");
        assertThat(fieldOf("state").getType()).isEqualTo("ENUM");
        assertThat(fieldOf("notes").isLob()).isTrue();
        assertThat(fieldOf("notes").isText()).isTrue();
        assertThat(DialectTest.thing().getEnumFields()).extracting(FieldView::getEnumType)
                .containsExactly("ThingState", "ThingCategory");
    }

    @Test
    void column_annotations_and_constraints_should_carry_the_designs_rules() {
        assertThat(fieldOf("code").getColumnAnnotation()).isEqualTo("@Column(name = \"code\", nullable = false, length = 20)");
        assertThat(fieldOf("ratio").getColumnAnnotation())
                .isEqualTo("@Column(name = \"ratio\", nullable = false, precision = 8, scale = 3)");
        assertThat(fieldOf("notes").getColumnAnnotation()).isEqualTo("@Column(name = \"notes\")");
        assertThat(fieldOf("code").getConstraints()).containsExactly("@NotBlank", "@Size(min = 2, max = 20)");
        assertThat(fieldOf("ratio").getConstraints()).containsExactly("@NotNull", "@Digits(integer = 5, fraction = 3)");
        assertThat(fieldOf("count").getConstraints()).containsExactly("@DecimalMin(\"1\")", "@DecimalMax(\"9\")");
        assertThat(fieldOf("active").getConstraints()).isEmpty();
    }

    @Test
    void samples_should_come_typed_for_entities_and_as_json_for_requests() {
        assertThat(fieldOf("born").getSampleValues()).first()
                .isEqualTo(new SampleValues.Sample("\"2024-01-01\"", "LocalDate.parse(\"2024-01-01\")"));
        assertThat(fieldOf("seen").getSampleValues().get(0).typed()).startsWith("Instant.parse(\"2024-01-01T10");
        assertThat(fieldOf("token").getSampleValues().get(0).typed()).startsWith("UUID.fromString(\"");
        assertThat(fieldOf("state").getSampleValues()).extracting(s -> TypeReferences.strip(s.typed()))
                .containsExactly("ThingState.valueOf(\"OPEN\")", "ThingState.valueOf(\"CLOSED\")");
        assertThat(fieldOf("count").getSampleValues().get(0)).isEqualTo(new SampleValues.Sample("1", "1"));
        assertThat(fieldOf("count").getInvalidSamples()).extracting(SampleValues.Invalid::rule).containsExactly("min", "max");
    }

    @Test
    void read_only_and_write_only_fields_should_be_left_out_of_requests_or_responses() {
        EntityView user = Fixtures.entity(Fixtures.view(Fixtures.combinations()), "User");

        assertThat(field(user, "createdAt").isReadOnly()).isTrue();
        assertThat(field(user, "createdAt").isWritable()).isFalse();
        assertThat(field(user, "password").isWriteOnly()).isTrue();
        assertThat(field(user, "password").isReadable()).isFalse();
        assertThat(field(user, "login").isRequired()).isTrue();
        assertThat(field(user, "login").isUnique()).isTrue();
        assertThat(user.getConstraintImports()).as("read-only createdAt adds nothing").containsExactly(
                "jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.Size",
                "org.hibernate.validator.constraints.URL");
    }
}
