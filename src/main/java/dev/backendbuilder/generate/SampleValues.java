package dev.backendbuilder.generate;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import dev.backendbuilder.design.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values the generated tests send for a field: distinct valid ones (as Java expressions for a
 * request map) and one invalid value per constraint. Derived from the constraints at generation
 * time, with seeded randomness for patterns, so the generated tests are deterministic.
 */
public final class SampleValues {

    /** How many distinct valid values a unique field gets: more than any generated test creates. */
    static final int UNIQUE_SAMPLES = 64;
    private static final int PLAIN_SAMPLES = 4;

    /** One valid value, as a request-map value ({@code json}) and as a typed Java value ({@code typed}). */
    public record Sample(String json, String typed) {
    }

    /** A value that breaks exactly one constraint. {@code expression == null} means "leave the field out". */
    public record Invalid(String rule, String description, String expression, boolean fieldError) {
    }

    private SampleValues() {
    }

    static List<String> valid(String entity, Field field) {
        int wanted = field.unique() ? UNIQUE_SAMPLES : PLAIN_SAMPLES;
        Set<String> values = new LinkedHashSet<>();
        switch (field.type()) {
            case STRING, TEXT -> strings(entity, field, wanted, values);
            case INTEGER, LONG, DECIMAL -> numbers(field, wanted, values);
            case BOOLEAN -> {
                values.add("true");
                values.add("false");
            }
            case DATE -> {
                for (int i = 0; i < wanted; i++) {
                    values.add(quote(LocalDate.of(2024, 1, 1).plusDays(i).toString()));
                }
            }
            case DATETIME -> {
                for (int i = 0; i < wanted; i++) {
                    values.add(quote(Instant.parse("2024-01-01T10:00:00Z").plus(i, ChronoUnit.HOURS).toString()));
                }
            }
            case UUID -> {
                for (int i = 0; i < wanted; i++) {
                    values.add(quote(UUID.nameUUIDFromBytes((entity + "." + field.name() + i)
                            .getBytes(StandardCharsets.UTF_8)).toString()));
                }
            }
            case ENUM -> field.values().forEach(v -> values.add(quote(v)));
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("No valid sample value exists for " + entity + "." + field.name()
                    + "; check its constraints");
        }
        return List.copyOf(values);
    }

    private static void strings(String entity, Field field, int wanted, Set<String> values) {
        int min = field.minLength() == null ? 0 : field.minLength();
        int max = field.maxLength() == null ? (field.type() == Field.Type.TEXT ? 10_000 : 255) : field.maxLength();
        if (field.pattern() != null) {
            Pattern pattern = Pattern.compile(field.pattern());
            Random random = new Random((entity + "." + field.name()).hashCode());
            // '+' and '*' repeat up to 100 times by default: most values would be too long to keep. Short
            // repetitions first, so a pattern with several of them still fits a tight maxLength
            // (an email pattern in 6 characters: a@b.cd).
            for (int repetition : field.maxLength() == null ? List.of(100) : repetitions(field.maxLength())) {
                RgxGenProperties properties = new RgxGenProperties();
                RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, repetition);
                RgxGen generator = RgxGen.parse(properties, field.pattern());
                for (int attempt = 0; attempt < wanted * 20 && values.size() < wanted; attempt++) {
                    String value = generator.generate(random);
                    if (value.length() >= min && value.length() <= max && pattern.matcher(value).find()
                            && isPlain(value)) {
                        values.add(quote(value));
                    }
                }
            }
            return;
        }
        for (int i = 1; i <= wanted; i++) {
            String number = String.format("%04d", i);
            String value = switch (field.format() == null ? "" : field.format().name()) {
                case "EMAIL" -> "user" + number + "@example.com";
                case "URL" -> "https://example.com/" + number;
                default -> fit(JavaNames.capitalize(field.name()) + " " + number, number, max);
            };
            while (value.length() < min) {
                value = value + "x";
            }
            if (value.length() <= max) {
                values.add(quote(value));
            }
        }
    }

    /** Repetition limits for '+' and '*' from 1 up to {@code maxLength}, each about twice the last. */
    private static List<Integer> repetitions(int maxLength) {
        List<Integer> limits = new ArrayList<>();
        for (int limit = 1; limit < maxLength; limit *= 2) {
            limits.add(limit);
        }
        limits.add(Math.max(1, maxLength));
        return limits;
    }

    /** Shortens the label so the distinguishing number always fits. */
    private static String fit(String value, String number, int max) {
        if (value.length() <= max) {
            return value;
        }
        return number.length() <= max ? number : number.substring(number.length() - max);
    }

    private static void numbers(Field field, int wanted, Set<String> values) {
        BigDecimal low = field.min() != null ? field.min() : BigDecimal.ONE;
        if (field.max() != null && low.compareTo(field.max()) > 0) {
            low = field.max();
        }
        for (int i = 0; i < wanted; i++) {
            BigDecimal value = low.add(BigDecimal.valueOf(i));
            if (field.max() != null && value.compareTo(field.max()) > 0) {
                break;
            }
            values.add(number(field, value));
        }
    }

    static String number(Field field, BigDecimal value) {
        return switch (field.type()) {
            case INTEGER -> value.toBigInteger().toString();
            case LONG -> value.toBigInteger() + "L";
            default -> "new BigDecimal(\"" + value.setScale(field.decimalScale(), java.math.RoundingMode.HALF_UP)
                    .toPlainString() + "\")";
        };
    }

    static List<Invalid> invalid(String entity, Field field) {
        List<Invalid> cases = new ArrayList<>();
        if (field.required()) {
            cases.add(new Invalid("required", "without " + field.name(), null, true));
        }
        if (field.maxLength() != null) {
            cases.add(new Invalid("maxLength", field.name() + " longer than " + field.maxLength(),
                    "\"x\".repeat(" + (field.maxLength() + 1) + ")", true));
        }
        if (field.minLength() != null && field.minLength() > 0) {
            cases.add(new Invalid("minLength", field.name() + " shorter than " + field.minLength(),
                    "\"x\".repeat(" + (field.minLength() - 1) + ")", true));
        }
        if (field.pattern() != null) {
            String bad = notMatching(entity, field);
            if (bad != null) {
                cases.add(new Invalid("pattern", field.name() + " not matching " + field.pattern(), quote(bad), true));
            }
        }
        if (field.format() == Field.Format.EMAIL) {
            cases.add(new Invalid("format", field.name() + " that is not an email address", quote("not-an-email"), true));
        }
        if (field.format() == Field.Format.URL) {
            cases.add(new Invalid("format", field.name() + " that is not a URL", quote("not a url"), true));
        }
        if (field.min() != null && field.type().isNumeric()) {
            cases.add(new Invalid("min", field.name() + " below " + field.min().toPlainString(),
                    number(field, field.min().subtract(BigDecimal.ONE)), true));
        }
        if (field.max() != null && field.type().isNumeric()) {
            cases.add(new Invalid("max", field.name() + " above " + field.max().toPlainString(),
                    number(field, field.max().add(BigDecimal.ONE)), true));
        }
        if (field.type() == Field.Type.ENUM) {
            cases.add(new Invalid("values", field.name() + " outside its values", quote("NOT_A_VALUE"), true));
        }
        return cases;
    }

    private static String notMatching(String entity, Field field) {
        Pattern pattern = Pattern.compile(field.pattern());
        int max = field.maxLength() == null ? 255 : field.maxLength();
        int min = field.minLength() == null ? 0 : field.minLength();
        for (String candidate : List.of("!", "!!!!!!!!", "not valid", "x")) {
            if (!pattern.matcher(candidate).find() && candidate.length() <= max && candidate.length() >= min) {
                return candidate;
            }
        }
        Random random = new Random((entity + "." + field.name() + "!").hashCode());
        RgxGen generator = RgxGen.parse(field.pattern());
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = generator.generateNotMatching(random);
            if (!pattern.matcher(candidate).find() && isPlain(candidate) && candidate.length() <= max
                    && candidate.length() >= min) {
                return candidate;
            }
        }
        return null;
    }

    /** Printable ASCII only, so the sample is readable in the generated test. */
    private static boolean isPlain(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** A Java string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

}
