package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The strict reading of request bodies, on a mapper built as the application builds its own. */
class JsonConfigurationTest {

    /** A body with one field of each bounded type. */
    record Dates(LocalDate day, Instant moment) {
    }

    private final JsonMapper mapper = strictMapper();

    /** A mapper read as the application reads request bodies; {@link RequestBodyProblemsTest} uses it too. */
    static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new JsonConfiguration().strictRequests().customize(builder);
        return builder.build();
    }

    @Test
    void dates_the_database_stores_are_read_and_a_missing_one_stays_null() {
        Dates read = mapper.readValue(
                "{\"day\":\"9999-12-31\",\"moment\":\"0001-01-01T00:00:00Z\"}", Dates.class);
        assertThat(read.day()).isEqualTo(JsonConfiguration.MAX_DATE);
        assertThat(read.moment()).isEqualTo(JsonConfiguration.MIN_INSTANT);
        assertThat(mapper.readValue("{\"day\":null}", Dates.class)).isEqualTo(new Dates(null, null));
    }

    @Test
    void a_date_before_or_after_the_storable_range_is_refused_naming_the_range() {
        assertThatThrownBy(() -> mapper.readValue("{\"day\":\"+10000-01-01\"}", Dates.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("outside 0001-01-01 to 9999-12-31");
        assertThatThrownBy(() -> mapper.readValue("{\"moment\":\"-0001-12-31T23:59:59Z\"}", Dates.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> mapper.readValue("{\"moment\":\"+10000-01-01T00:00:00Z\"}", Dates.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("outside");
    }

    @Test
    void an_unknown_property_a_key_sent_twice_and_a_fraction_for_an_integer_are_refused() {
        assertThatThrownBy(() -> mapper.readValue("{\"dayy\":\"2024-01-01\"}", Dates.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"day\":\"2024-01-01\",\"day\":\"2024-01-02\"}", Dates.class))
                .hasMessageContaining("Duplicate Object property \"day\"");
        assertThatThrownBy(() -> mapper.readValue("1.5", Integer.class)).hasMessageContaining("1.5");
    }

    @Test
    void a_decimal_read_as_a_tree_keeps_every_digit() {
        // a PATCH is merged as a tree: as a double, this value would become -1.0E15 and fail its 15 digits
        assertThat(mapper.readTree("{\"size\":-999999999999999.9998}").get("size").decimalValue())
                .isEqualTo(new BigDecimal("-999999999999999.9998"));
        assertThat(mapper.readTree("0.1").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    }
}
