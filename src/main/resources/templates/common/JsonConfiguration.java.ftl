package ${project.packageName}.common;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly: a property the resource does not have, a key sent twice, a fraction
 * for an integer or a date the database cannot store is refused with 400 naming the field (see
 * {@link ApiProblems}), never dropped, overwritten, rounded or left to fail in SQL. A decimal keeps every
 * digit sent, in a PATCH as in a POST.
 */
@Configuration
public class JsonConfiguration {

    /** The SQL standard's range of dates, which every supported database stores. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    /** The same days, to the microsecond the columns keep. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // a PATCH body is read as a tree first: a double would round a decimal past ~16 digits
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("storable-dates")
                        .addDeserializer(LocalDate.class,
                                new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE, MIN_DATE, MAX_DATE))
                        .addDeserializer(Instant.class,
                                new Bounded<>(Instant.class, InstantDeserializer.INSTANT, MIN_INSTANT, MAX_INSTANT)));
    }

    /** Reads a value as Jackson does, then refuses one outside {@code [min, max]}. */
    private static final class Bounded<T extends Comparable<? super T>> extends StdDeserializer<T> {

        private final ValueDeserializer<T> standard;
        private final T min;
        private final T max;

        Bounded(Class<T> type, ValueDeserializer<T> standard, T min, T max) {
            super(type);
            this.standard = standard;
            this.min = min;
            this.max = max;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            T value = standard.deserialize(parser, context);
            if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
                throw InvalidFormatException.from(parser, "outside " + min + " to " + max, value, handledType());
            }
            return value;
        }
    }
}
