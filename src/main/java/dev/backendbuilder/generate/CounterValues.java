package dev.backendbuilder.generate;

import dev.backendbuilder.design.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value the generated tests give a field in the {@code n}-th row of its entity: a Java
 * expression over the entity's own counter {@code n}, valid under every constraint of the field,
 * and different for each {@code n} up to {@link Generated#capacity()} rows. Values derived from the
 * counter stay unique however many rows a test or a benchmark creates, where a fixed pool of
 * samples would run out (and repeat) after its size.
 */
public final class CounterValues {

    /** Capacity of a value that never repeats within an {@code int} counter. */
    static final long UNBOUNDED = Integer.MAX_VALUE;
    /** Runs of one kind of character that may each be free to vary: digits, capitals, small letters. */
    private static final Pattern FREE_RUN = Pattern.compile("[0-9]{2,}|[A-Z]{2,}|[a-z]{2,}");
    private static final String DIGIT_ALPHABET = "0123456789";
    private static final String UPPER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER_ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private static final int SLOT_TRIALS = 40;

    private CounterValues() {
    }

    /**
     * @param typed    the value as the entity's Java type ({@code LocalDate.of(2024, 1, 1).plusDays(n)})
     * @param json     the value as a request body holds it (dates and enums as strings)
     * @param capacity how many consecutive counter values give distinct values
     */
    public record Generated(String typed, String json, long capacity) {
    }

    /** A domain this small runs out within one test's rows. */
    static final long SMALL_DOMAIN = 100;

    static Generated of(String entity, Field field, String enumReference) {
        Generated values = ofType(entity, field, enumReference);
        // An optional unique field can be null in any number of rows (NULLs never collide), so once a test has used
        // its few values, its further rows leave it null; TestData.clear() restarts n at 0. With a default, a request
        // body's null becomes the default: a collision only with a row holding the default value, which takes more
        // rows than its values in one test; the rows saved directly keep their null.
        boolean nullsAfterValues = field.unique() && !field.required();
        if (nullsAfterValues && values.capacity() < SMALL_DOMAIN) {
            String guard = "n < " + values.capacity() + " ? ";
            return new Generated(guard + paren(values.typed()) + " : null", guard + paren(values.json()) + " : null", UNBOUNDED);
        }
        return values;
    }

    private static Generated ofType(String entity, Field field, String enumReference) {
        return switch (field.type()) {
            case STRING, TEXT -> text(entity, field);
            case INTEGER, LONG, DECIMAL -> number(field);
            case BOOLEAN -> new Generated("n % 2 == 0", "n % 2 == 0", 2);
            case DATE -> same("LocalDate.of(2024, 1, 1).plusDays(n)", true);
            case DATETIME -> same("Instant.parse(\"2024-01-01T10:00:00Z\").plusSeconds(3600L * n)", true);
            case UUID -> same("new UUID(" + seed(entity, field) + "L, n)", true);
            case ENUM -> {
                List<String> values = field.values();
                String array = enumReference + ".values()";
                yield new Generated(array + "[n % " + values.size() + "]", array + "[n % " + values.size() + "].name()",
                        values.size());
            }
        };
    }

    private static Generated same(String expression, boolean asString) {
        return new Generated(expression, asString ? expression + ".toString()" : expression, UNBOUNDED);
    }

    private static Generated text(String entity, Field field) {
        int min = field.minLength() == null ? 0 : field.minLength();
        int max = field.maxLength() == null ? (field.type() == Field.Type.TEXT ? 10_000 : 255) : field.maxLength();
        if (field.pattern() != null) {
            return patterned(entity, field);
        }
        String prefix;
        String suffix = "";
        if (field.format() == Field.Format.EMAIL) {
            prefix = max >= 26 ? "user" : "";
            suffix = max >= 26 ? "@example.com" : "@x.io";
        } else if (field.format() == Field.Format.URL) {
            prefix = max >= 30 ? "https://example.com/" : "http://x.io/";
        } else {
            String label = JavaNames.capitalize(field.name()) + " ";
            prefix = max >= label.length() + 10 ? label : "";
        }
        // an int counter has up to 10 digits; where they do not all fit, the counter wraps and says so in the capacity
        int fixed = prefix.length() + suffix.length();
        long capacity = UNBOUNDED;
        String counter = "n";
        if (fixed + 10 > max) {
            int digits = Math.max(1, Math.min(9, max - fixed));
            capacity = BigInteger.TEN.pow(digits).longValue();
            counter = "(n % " + capacity + ")";
        }
        String expression = (prefix.isEmpty() ? "String.valueOf(" + counter + ")" : SampleValues.quote(prefix) + " + " + counter)
                + (suffix.isEmpty() ? "" : " + " + SampleValues.quote(suffix));
        if (min > fixed + 1) {
            expression = "padded(" + expression + ", " + min + ")";
        }
        return new Generated(expression, expression, capacity);
    }

    /**
     * A pattern's values: one sample whose runs of digits or letters the pattern lets vary freely
     * take the counter's places ({@code "ABC-0042"} → letters and digits from {@code n}); otherwise
     * the fixed pool of samples, whose size is then the capacity.
     */
    private static Generated patterned(String entity, Field field) {
        Pattern pattern = Pattern.compile(field.pattern());
        List<String> pool;
        try {
            pool = SampleValues.valid(entity, field);
        } catch (IllegalStateException none) {
            if (field.defaultValue() == null || field.unique()) {
                throw none;
            }
            // no value found within the length limits: the design's default is one (validate checked it)
            String value = SampleValues.quote(field.defaultValue());
            return new Generated(value, value, 1);
        }
        Random random = new Random(seed(entity, field));
        for (String quoted : pool) {
            String sample = unquote(quoted);
            List<int[]> free = new ArrayList<>();
            Matcher run = FREE_RUN.matcher(sample);
            while (run.find()) {
                if (isFree(pattern, sample, run.start(), run.end(), alphabetOf(sample.charAt(run.start())), random)) {
                    free.add(new int[] {run.start(), run.end()});
                }
            }
            if (free.isEmpty()) {
                continue;
            }
            // the last run holds the lowest places of n, each run to its left the next ones up
            List<String> parts = new ArrayList<>();
            long below = 1;
            int end = sample.length();
            for (int i = free.size() - 1; i >= 0; i--) {
                int[] slot = free.get(i);
                if (slot[1] < end) {
                    parts.add(0, SampleValues.quote(sample.substring(slot[1], end)));
                }
                String alphabet = alphabetOf(sample.charAt(slot[0]));
                int width = slot[1] - slot[0];
                parts.add(0, "place(n" + (below == 1 ? "" : " / " + below + "L") + ", " + width + ", " + alphabetName(alphabet) + ")");
                below = multiplyCapped(below, BigInteger.valueOf(alphabet.length()).pow(width));
                end = slot[0];
            }
            if (end > 0) {
                parts.add(0, SampleValues.quote(sample.substring(0, end)));
            }
            String expression = String.join(" + ", parts);
            return new Generated(expression, expression, Math.min(below, UNBOUNDED));
        }
        List<String> apart = apart(pool);
        String picked = "pick(n, " + String.join(", ", apart) + ")";
        return new Generated(picked, picked, apart.size());
    }

    /**
     * The samples none of which contains another, ignoring case: a text filter matches what contains its
     * value in any case, so the filter test's other row ("d" beside the wanted "D") must not match too.
     */
    private static List<String> apart(List<String> quotedSamples) {
        List<String> kept = new ArrayList<>();
        List<String> keptLower = new ArrayList<>();
        for (String quoted : quotedSamples) {
            String lower = unquote(quoted).toLowerCase(Locale.ROOT);
            if (keptLower.stream().noneMatch(other -> other.contains(lower) || lower.contains(other))) {
                kept.add(quoted);
                keptLower.add(lower);
            }
        }
        return kept;
    }

    private static long multiplyCapped(long value, BigInteger factor) {
        BigInteger product = BigInteger.valueOf(value).multiply(factor);
        return product.compareTo(BigInteger.valueOf(UNBOUNDED)) > 0 ? UNBOUNDED : product.longValue();
    }

    /** The constant of the generated TestData that holds {@code alphabet}. */
    private static String alphabetName(String alphabet) {
        return alphabet.equals(DIGIT_ALPHABET) ? "DIGITS" : alphabet.equals(UPPER_ALPHABET) ? "CAPITALS" : "SMALL_LETTERS";
    }

    private static String alphabetOf(char c) {
        return Character.isDigit(c) ? DIGIT_ALPHABET : Character.isUpperCase(c) ? UPPER_ALPHABET : LOWER_ALPHABET;
    }

    /** Whether every character of {@code alphabet} may stand anywhere in {@code [start, end)} of the sample. */
    private static boolean isFree(Pattern pattern, String sample, int start, int end, String alphabet, Random random) {
        for (int trial = 0; trial < SLOT_TRIALS; trial++) {
            StringBuilder run = new StringBuilder();
            for (int i = start; i < end; i++) {
                int index = trial == 0 ? 0 : trial == 1 ? alphabet.length() - 1 : random.nextInt(alphabet.length());
                run.append(alphabet.charAt(index));
            }
            if (!pattern.matcher(sample.substring(0, start) + run + sample.substring(end)).find()) {
                return false;
            }
        }
        return true;
    }

    private static Generated number(Field field) {
        boolean decimal = field.type() == Field.Type.DECIMAL;
        // decimals step by their smallest unit (0.1 at scale 1), so a narrow column still has many values
        BigDecimal unit = decimal ? field.decimalUnit() : BigDecimal.ONE;
        BigDecimal high = field.max();
        BigDecimal lowest = null;
        if (decimal) {
            BigDecimal largest = field.decimalLargest();
            high = high == null || high.compareTo(largest) > 0 ? largest : high;
            lowest = largest.negate();
        } else if (field.type() == Field.Type.INTEGER) {
            BigDecimal intLimit = BigDecimal.valueOf(Integer.MAX_VALUE);
            high = high == null || high.compareTo(intLimit) > 0 ? intLimit : high;
        }
        if (!decimal && field.min() == null && high != null && high.compareTo(BigDecimal.ONE) < 0) {
            return countingDown(field, high);
        }
        // from the min, else from 1 where that is allowed, else from the lowest the column holds
        BigDecimal low = field.min() != null ? field.min()
                : high == null || high.compareTo(BigDecimal.ONE) >= 0 || lowest == null ? BigDecimal.ONE : lowest;
        if (decimal) {
            low = low.setScale(field.decimalScale(), java.math.RoundingMode.CEILING);
        }
        if (high != null && low.compareTo(high) > 0) {
            low = high;
        }
        long span = high == null ? UNBOUNDED : high.subtract(low).divide(unit, 0, java.math.RoundingMode.FLOOR)
                .min(BigDecimal.valueOf(UNBOUNDED)).longValue() + 1;
        String offset = span >= UNBOUNDED ? "n" : "n % " + span;
        String expression = switch (field.type()) {
            case INTEGER -> low.toBigInteger().equals(BigInteger.ZERO) ? offset : low.toBigInteger() + " + " + paren(offset);
            case LONG -> low.toBigInteger() + "L + " + paren(offset);
            default -> "new BigDecimal(\"" + low.toPlainString() + "\").add(" + (unit.compareTo(BigDecimal.ONE) == 0
                    ? "BigDecimal.valueOf(" + offset + ")"
                    : "BigDecimal.valueOf(" + offset + ", " + field.decimalScale() + ")") + ")";
        };
        return new Generated(expression, expression, Math.min(span, UNBOUNDED));
    }

    /**
     * A whole number with only a max below 1 ({@code max: -999}): the max, then one less per row, down to
     * the lowest the column holds (counting up from 1 would leave one value, the max, for every row).
     */
    private static Generated countingDown(Field field, BigDecimal high) {
        boolean integer = field.type() == Field.Type.INTEGER;
        BigDecimal lowest = BigDecimal.valueOf(integer ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long span = high.subtract(lowest).min(BigDecimal.valueOf(UNBOUNDED)).longValue() + 1;
        String offset = span > UNBOUNDED ? "n" : "n % " + span;
        String expression = high.toBigInteger() + (integer ? "" : "L") + " - " + paren(offset);
        return new Generated(expression, expression, Math.min(span, UNBOUNDED));
    }

    private static String paren(String expression) {
        return expression.contains(" ") ? "(" + expression + ")" : expression;
    }

    private static long seed(String entity, Field field) {
        return (entity + "." + field.name()).hashCode();
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
