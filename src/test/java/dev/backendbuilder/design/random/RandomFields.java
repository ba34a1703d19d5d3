package dev.backendbuilder.design.random;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One random field: a type, then every constraint that applies to it with some probability, each
 * consistent with the others (a default within the bounds, a pattern within the lengths), so the
 * validator accepts it and a sound generator can find values for it.
 */
final class RandomFields {

    static final List<String> TYPES = List.of("string", "text", "integer", "long", "decimal", "boolean", "date", "datetime", "uuid", "enum");

    /** Patterns with an example that matches, and the length range of what they match (-1: unbounded). */
    private record Shape(String regex, String example, int minLength, int maxLength, boolean small) {
    }

    private static final List<Shape> PATTERNS = List.of(
        new Shape("^[A-Z]{3}-[0-9]{4}$", "ABC-1234", 8, 8, false),
        new Shape("^[0-9]{13}$", "9780306406157", 13, 13, false),
        new Shape("^[a-z]+$", "alpha", 1, -1, false),
        new Shape("^[A-Za-z][A-Za-z0-9 ]*$", "Plain text 1", 1, -1, false),
        new Shape("^\\S+$", "no-spaces", 1, -1, false),
        new Shape("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$", "a@b.io", 6, -1, false),
        new Shape("^(red|green|blue)$", "red", 3, 5, true));

    private final Dice dice;
    private final Set<Feature> excluded;
    private int ids;

    RandomFields(Dice dice, Set<Feature> excluded) {
        this.dice = dice;
        this.excluded = excluded;
    }

    private boolean allowed(Feature feature) {
        return !excluded.contains(feature);
    }

    Map<String, Object> field(String type) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("type", type);
        boolean readOnly = dice.chance(0.1);
        boolean unique = dice.chance(uniqueChance(type));
        // A read-only unique field with a default would give every row the same value: never two rows.
        boolean wantsDefault = !(readOnly && unique) && dice.chance(0.35);
        boolean required = dice.chance(0.35) && !(readOnly && unique);
        if (readOnly && required) {
            wantsDefault = true;
        }
        if (required) {
            field.put("required", true);
        } else if (dice.chance(0.2)) {
            field.put("nullable", true);
        }
        if (unique) {
            field.put("unique", true);
        }
        switch (type) {
            case "string", "text" -> textual(field, type.equals("string"), wantsDefault, unique);
            case "integer" -> whole(field, -1000, 100_000, wantsDefault, unique);
            case "long" -> whole(field, -5_000_000_000L, 9_000_000_000_000L, wantsDefault, unique);
            case "decimal" -> decimal(field, wantsDefault, unique);
            case "boolean" -> {
                if (wantsDefault) {
                    field.put("default", dice.chance(0.5) ? (Object) dice.chance(0.5) : String.valueOf(dice.chance(0.5)));
                }
            }
            case "date" -> optionalDefault(field, wantsDefault, "2024-12-31");
            case "datetime" -> optionalDefault(field, wantsDefault, "2024-12-31T23:59:00Z");
            case "uuid" -> optionalDefault(field, wantsDefault, new UUID(dice.nextLong(), dice.nextLong()).toString());
            case "enum" -> enumeration(field, wantsDefault, unique);
            default -> throw new IllegalArgumentException(type);
        }
        if (readOnly) {
            field.put("readOnly", true);
        } else if (dice.chance(0.1)) {
            field.put("writeOnly", true);
        }
        if (dice.chance(0.2)) {
            field.put("id", "f" + (++ids) + "-" + Long.toHexString(dice.nextLong() & 0xffffff));
        }
        return field;
    }

    /** Without small domains, a unique number has room for this many values at least. */
    private static final long WIDE = 1000;

    /** A unique field keeps a wide domain unless small domains are wanted. */
    private boolean roomy(boolean unique) {
        return unique && !allowed(Feature.SMALL_DOMAINS);
    }

    private double uniqueChance(String type) {
        return switch (type) {
            case "boolean", "enum" -> allowed(Feature.SMALL_DOMAINS) ? 0.08 : 0;
            case "text" -> 0; // validate refuses unique text: H2 and MySQL cannot index a CLOB
            default -> 0.18;
        };
    }

    private void textual(Map<String, Object> field, boolean string, boolean wantsDefault, boolean unique) {
        String format = string && dice.chance(0.25) ? (dice.chance(0.5) ? "email" : "url") : null;
        Shape shape = format == null && dice.chance(0.3) ? pattern(unique) : null;
        Integer minLength = null;
        Integer maxLength = null;
        if (format != null) {
            field.put("format", format);
            minLength = dice.chance(0.3) ? dice.between(0, 6) : null;
            maxLength = dice.chance(0.5) ? dice.between(40, 254) : null;
        } else if (shape != null) {
            field.put("pattern", shape.regex());
            minLength = dice.chance(0.3) ? dice.between(0, shape.minLength()) : null;
            int atLeast = Math.max(shape.example().length(), shape.maxLength());
            maxLength = dice.chance(0.5) ? dice.between(atLeast, atLeast + 200) : null;
        } else {
            maxLength = dice.chance(0.6) ? (string ? dice.between(3, 255) : dice.between(10, 10_000)) : null;
            int minCap = maxLength == null ? 20 : Math.min(maxLength, 20);
            minLength = dice.chance(0.3) ? dice.between(0, minCap) : null;
        }
        if (minLength != null) {
            field.put("minLength", minLength);
        }
        if (maxLength != null) {
            field.put("maxLength", maxLength);
        }
        if (wantsDefault) {
            field.put("default", format != null ? (format.equals("email") ? "info@example.com" : "https://example.com/a")
                : shape != null ? shape.example() : word(minLength == null ? 1 : Math.max(1, minLength), maxLength));
        }
    }

    private Shape pattern(boolean unique) {
        while (true) {
            Shape shape = dice.pick(PATTERNS);
            if (!shape.small() || (unique && allowed(Feature.SMALL_DOMAINS)) || !unique) {
                return shape;
            }
        }
    }

    private String word(int minLength, Integer maxLength) {
        int length = Math.min(maxLength == null ? minLength + 6 : maxLength, minLength + dice.between(0, 6));
        StringBuilder word = new StringBuilder("d");
        while (word.length() < length) {
            word.append((char) ('a' + dice.between(0, 25)));
        }
        return word.toString();
    }

    private void whole(Map<String, Object> field, long lowest, long highest, boolean wantsDefault, boolean unique) {
        Long min = dice.chance(0.5) ? dice.between(lowest, Math.min(highest, 100)) : null;
        Long max = null;
        if (dice.chance(0.5)) {
            long from = min == null ? lowest : min;
            boolean narrow = allowed(Feature.SMALL_DOMAINS) && dice.chance(unique ? 0.3 : 0.1);
            // a unique range keeps two values at least: validate refuses a unique field with one
            long room = roomy(unique) ? WIDE : unique ? 1 : 0;
            max = narrow ? from + dice.between(unique ? 1 : 0, 1) : dice.between(from + room, highest);
        }
        put(field, "min", min);
        put(field, "max", max);
        if (wantsDefault) {
            long low = min == null ? Math.max(lowest, (max == null ? 0 : max) - 50) : min;
            long high = max == null ? low + 50 : max;
            field.put("default", dice.chance(0.5) ? (Object) dice.between(low, high) : String.valueOf(dice.between(low, high)));
        }
    }

    private void decimal(Map<String, Object> field, boolean wantsDefault, boolean unique) {
        Integer precision = dice.chance(0.6) ? dice.between(roomy(unique) ? 8 : 1, 18) : null;
        Integer scale = null;
        if (precision != null && dice.chance(0.7)) {
            scale = dice.between(0, Math.min(precision, 6));
        } else if (precision == null && dice.chance(0.15)) {
            scale = dice.between(0, 6);
        }
        put(field, "precision", precision);
        put(field, "scale", scale);
        // With a precision and no scale the column holds whole numbers (NUMERIC(p) is NUMERIC(p, 0)).
        int digitsAfter = scale != null ? scale : precision != null ? 0 : 2;
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digitsAfter);
        BigDecimal largest = precision == null ? new BigDecimal(1_000_000)
            : BigDecimal.TEN.pow(Math.min(precision - digitsAfter, 6)).subtract(unit);
        if (largest.signum() <= 0) {
            largest = unit;
        }
        BigDecimal min = dice.chance(0.5) ? scaled(largest.negate(), largest.divide(BigDecimal.valueOf(2), digitsAfter, RoundingMode.DOWN), digitsAfter) : null;
        BigDecimal max = null;
        if (dice.chance(0.5)) {
            BigDecimal from = min == null ? largest.negate() : min;
            boolean narrow = allowed(Feature.SMALL_DOMAINS) && dice.chance(unique ? 0.3 : 0.1);
            BigDecimal wide = roomy(unique) ? BigDecimal.valueOf(WIDE) : BigDecimal.ZERO;
            // a unique range keeps two values at least: validate refuses a unique field with one
            BigDecimal narrowest = unique ? from.add(unit).min(largest) : from;
            max = narrow ? narrowest : scaled(narrowest.add(wide).min(largest), largest, digitsAfter);
        }
        put(field, "min", min);
        put(field, "max", max);
        if (wantsDefault) {
            BigDecimal low = min == null ? (max == null ? BigDecimal.ZERO : max.min(BigDecimal.ZERO)) : min;
            BigDecimal high = max == null ? low.add(BigDecimal.TEN).min(largest).max(low) : max;
            BigDecimal value = scaled(low, high, digitsAfter);
            field.put("default", dice.chance(0.5) ? (Object) value : value.toPlainString());
        }
    }

    /** A number between {@code low} and {@code high} with {@code digitsAfter} decimal places. */
    private BigDecimal scaled(BigDecimal low, BigDecimal high, int digitsAfter) {
        BigDecimal steps = high.subtract(low).movePointRight(digitsAfter);
        long step = steps.signum() <= 0 ? 0 : dice.between(0L, Math.min(steps.longValue(), 1_000_000_000L));
        return low.add(BigDecimal.valueOf(step).movePointLeft(digitsAfter)).setScale(digitsAfter, RoundingMode.UNNECESSARY);
    }

    private void enumeration(Map<String, Object> field, boolean wantsDefault, boolean unique) {
        int smallest = allowed(Feature.SMALL_DOMAINS) && !unique && dice.chance(0.15) ? 1 : 2; // validate refuses a unique one-value enum
        List<String> values = dice.someOf(NamePools.ENUM_VALUES, smallest);
        values = values.subList(0, Math.min(values.size(), dice.between(smallest, 5)));
        field.put("values", values);
        if (wantsDefault) {
            field.put("default", dice.pick(values));
        }
    }

    private void optionalDefault(Map<String, Object> field, boolean wantsDefault, String value) {
        if (wantsDefault) {
            field.put("default", value);
        }
    }

    private static void put(Map<String, Object> field, String key, Object value) {
        if (value != null) {
            field.put(key, value);
        }
    }
}
