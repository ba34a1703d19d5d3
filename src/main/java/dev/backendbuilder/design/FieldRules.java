package dev.backendbuilder.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Each field's constraints must fit its type and each other. */
final class FieldRules implements DesignRule {

    /**
     * Longest string MySQL can index: InnoDB keys hold 3072 bytes, 4 per utf8mb4 character. Unique
     * fields and index columns must fit, so one design works on every production database.
     */
    static final int MAX_INDEXED_LENGTH = 768;
    /** Longest VARCHAR of MySQL in utf8mb4 (65,535 bytes a row); longer text is 'type: text'. */
    static final int MAX_STRING_LENGTH = 16_383;

    @Override
    public void check(Design design, CheckContext context) {
        for (Entity entity : design.entities().values()) {
            for (Field field : entity.fields().values()) {
                if (field.type() != null) {
                    String pointer = CheckContext.pointer("entities", entity.name(), "fields", field.name());
                    new FieldCheck(entity, field, pointer, context).run();
                }
            }
        }
    }

    private record FieldCheck(Entity entity, Field field, String pointer, CheckContext context) {

        void run() {
            Field.Type type = field.type();
            if (!type.isTextual()) {
                refuse(field.minLength() != null, "minLength", "string and text fields" + (type.isNumeric() ? "; use 'min'" : ""));
                refuse(field.maxLength() != null, "maxLength", "string and text fields" + (type.isNumeric() ? "; use 'max'" : ""));
                refuse(field.pattern() != null, "pattern", "string and text fields");
            }
            refuse(field.format() != null && type != Field.Type.STRING, "format", "string fields");
            if (!type.isNumeric()) {
                String hint = type.isTextual() ? "; for a length limit use '" : "";
                refuse(field.min() != null, "min", "integer, long and decimal fields" + (hint.isEmpty() ? "" : hint + "minLength'"));
                refuse(field.max() != null, "max", "integer, long and decimal fields" + (hint.isEmpty() ? "" : hint + "maxLength'"));
            }
            refuse(field.precision() != null && type != Field.Type.DECIMAL, "precision", "decimal fields");
            refuse(field.scale() != null && type != Field.Type.DECIMAL, "scale", "decimal fields");
            refuse(!field.values().isEmpty() && type != Field.Type.ENUM, "values", "enum fields");
            checkRanges();
            checkFlags();
            checkPattern();
            checkEnumValues();
            checkDefault();
        }

        private void refuse(boolean present, String key, String appliesTo) {
            if (present) {
                context.report(context.keyAt(pointer + "/" + key), "'" + key + "' does not apply to field '" + field.name()
                    + "' of type " + field.type().yamlName() + "; it applies to " + appliesTo + ".");
            }
        }

        private void checkRanges() {
            if (field.minLength() != null && field.maxLength() != null && field.maxLength() < field.minLength()) {
                context.report(context.valueAt(pointer + "/maxLength"), "maxLength " + field.maxLength() + " of field '" + field.name()
                    + "' is below its minLength " + field.minLength() + "; no value could be valid.");
            }
            if (field.min() != null && field.max() != null && field.max().compareTo(field.min()) < 0) {
                context.report(context.valueAt(pointer + "/max"), "max " + field.max().toPlainString() + " of field '" + field.name()
                    + "' is below its min " + field.min().toPlainString() + "; no value could be valid.");
            }
            if (field.precision() != null && field.scale() != null && field.scale() > field.precision()) {
                context.report(context.valueAt(pointer + "/scale"), "scale " + field.scale() + " of field '" + field.name()
                    + "' exceeds its precision " + field.precision() + "; scale counts the digits after the point, of the "
                    + field.precision() + " digits in all.");
            }
            if (field.type() == Field.Type.INTEGER) {
                checkIntegerBound("min", field.min());
                checkIntegerBound("max", field.max());
            }
            if (isDecimalColumn()) {
                checkDecimalBound("min", field.min());
                checkDecimalBound("max", field.max());
            }
        }

        private void checkDecimalBound(String key, BigDecimal bound) {
            String problem = bound == null ? null : decimalFitProblem(bound);
            if (problem != null) {
                context.report(context.valueAt(pointer + "/" + key), key + " " + bound.toPlainString() + " of decimal field '"
                    + field.name() + "' " + problem);
            }
        }

        /** A decimal whose precision and scale make a column (a scale above the precision is reported on its own). */
        private boolean isDecimalColumn() {
            return field.type() == Field.Type.DECIMAL && (field.scale() == null || field.scale() <= field.decimalPrecision());
        }

        /** Whether the decimal column holds exactly one value within min and max. */
        private boolean decimalHasOneValue() {
            BigDecimal largest = field.decimalLargest();
            BigDecimal low = field.min() == null ? largest.negate() : field.min().max(largest.negate());
            BigDecimal high = field.max() == null ? largest : field.max().min(largest);
            low = low.setScale(field.decimalScale(), java.math.RoundingMode.CEILING);
            return high.compareTo(low) >= 0 && high.subtract(low).compareTo(field.decimalUnit()) < 0;
        }

        /** Whether a decimal value fits the column {@code NUMERIC(precision, scale)}; null if it does. */
        private String decimalFitProblem(BigDecimal value) {
            int scale = field.decimalScale();
            String column = "precision " + field.decimalPrecision() + " and scale " + scale
                + (field.scale() == null ? " (the default scale)" : "");
            if (value.stripTrailingZeros().scale() > scale) {
                return "has more digits after the point than its " + column + " keep; raise 'scale' or round the value.";
            }
            if (value.abs().compareTo(field.decimalLargest()) > 0) {
                return "does not fit its " + column + ", which hold values up to " + field.decimalLargest().toPlainString()
                    + "; raise 'precision' (or lower 'scale').";
            }
            return null;
        }

        private void checkIntegerBound(String key, BigDecimal bound) {
            if (bound == null) {
                return;
            }
            boolean whole = bound.stripTrailingZeros().scale() <= 0;
            boolean fits = bound.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0 && bound.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
            if (!whole || !fits) {
                context.report(context.valueAt(pointer + "/" + key), key + " " + bound.toPlainString() + " of integer field '"
                    + field.name() + "' must be a whole number within the 32-bit range" + (fits ? "" : "; use type long") + ".");
            }
        }

        private void checkFlags() {
            boolean oneValue = field.type() == Field.Type.ENUM && field.values().size() == 1
                || (field.type() == Field.Type.INTEGER || field.type() == Field.Type.LONG) && field.min() != null
                    && field.max() != null && field.min().compareTo(field.max()) == 0
                || isDecimalColumn() && decimalHasOneValue();
            if (field.unique() && oneValue) {
                context.report(context.keyAt(pointer + "/unique"), "field '" + field.name() + "' is unique but has one"
                    + " possible value, so its table could hold a single row; give it more values or drop 'unique'.");
            }
            if (field.unique() && field.type() == Field.Type.TEXT) {
                context.report(context.keyAt(pointer + "/unique"), "field '" + field.name() + "' is a unique text field:"
                    + " H2 and MySQL cannot put a unique constraint on a text (CLOB) column. Make it 'type: string' with a"
                    + " maxLength (up to " + MAX_INDEXED_LENGTH + "), or drop 'unique'.");
            }
            int length = field.maxLength() == null ? 255 : field.maxLength();
            if (field.unique() && field.type() == Field.Type.STRING && length > MAX_INDEXED_LENGTH) {
                context.report(context.valueAt(pointer + "/maxLength"), "field '" + field.name() + "' is unique with a maxLength of "
                    + length + ": MySQL cannot index strings longer than " + MAX_INDEXED_LENGTH + " characters; lower maxLength.");
            }
            if (field.type() == Field.Type.STRING && length > MAX_STRING_LENGTH) {
                context.report(context.valueAt(pointer + "/maxLength"), "maxLength " + length + " of string field '" + field.name()
                    + "' is above " + MAX_STRING_LENGTH + ", the longest VARCHAR MySQL can hold; use 'type: text' for long text.");
            }
            if (field.required() && field.nullable()) {
                context.report(context.keyAt(pointer + "/nullable"), "field '" + field.name()
                    + "' is both required and nullable; a required field is NOT NULL, so drop one of the two.");
            }
            if (field.readOnly() && field.writeOnly()) {
                context.report(context.keyAt(pointer + "/writeOnly"), "field '" + field.name()
                    + "' is both readOnly and writeOnly; clients could neither send nor see it. Keep one.");
            }
            if (field.readOnly() && field.required() && field.defaultValue() == null) {
                context.report(context.keyAt(pointer + "/readOnly"), "field '" + field.name()
                    + "' is readOnly and required but has no default: clients cannot send it, so nothing would fill it. Add a default.");
            }
            if (field.readOnly() && field.unique() && field.defaultValue() != null) {
                context.report(context.keyAt(pointer + "/unique"), "field '" + field.name() + "' is readOnly and unique with a"
                    + " default: clients cannot send it, so every row gets '" + field.defaultValue() + "' and the second"
                    + " row breaks 'unique'. Drop 'readOnly', 'unique' or the default.");
            }
        }

        private void checkPattern() {
            if (field.pattern() == null) {
                return;
            }
            try {
                Pattern.compile(field.pattern());
            } catch (PatternSyntaxException e) {
                context.report(context.valueAt(pointer + "/pattern"), "pattern of field '" + field.name()
                    + "' is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex() + ".");
            }
        }

        private void checkEnumValues() {
            if (field.type() != Field.Type.ENUM) {
                return;
            }
            if (field.values().isEmpty()) {
                context.report(field.at(), "enum field '" + field.name() + "' needs 'values', e.g. values: [DRAFT, PUBLISHED].");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < field.values().size(); i++) {
                String value = field.values().get(i);
                Location at = context.valueAt(pointer + "/values/" + i);
                if (!Names.isConstantName(value) || Names.JAVA_RESERVED.contains(value)) {
                    context.report(at, "enum value '" + value + "' of field '" + field.name()
                        + "' must be an UPPER_SNAKE_CASE Java constant (e.g. '" + Names.snakeCase(Names.camelCase(value)).toUpperCase(java.util.Locale.ROOT) + "').");
                }
                if (!seen.add(value)) {
                    context.report(at, "enum value '" + value + "' of field '" + field.name() + "' is listed twice.");
                }
            }
        }

        private void checkDefault() {
            String value = field.defaultValue();
            if (value == null) {
                return;
            }
            Location at = context.valueAt(pointer + "/default");
            String problem = defaultProblem(value);
            if (problem != null) {
                context.report(at, "default '" + value + "' of field '" + field.name() + "' " + problem);
            }
        }

        private String defaultProblem(String value) {
            switch (field.type()) {
                case ENUM:
                    return field.values().isEmpty() || field.values().contains(value) ? null
                        : "is not one of its values " + field.values() + "." + Suggestions.didYouMean(value, field.values());
                case BOOLEAN:
                    return value.equals("true") || value.equals("false") ? null : "is not true or false.";
                case INTEGER:
                case LONG:
                case DECIMAL:
                    return numericDefaultProblem(value);
                case DATE:
                    return parses(() -> LocalDate.parse(value)) ? null : "is not a date like 2024-12-31.";
                case DATETIME:
                    return parses(() -> OffsetDateTime.parse(value)) ? null : "is not a date-time like 2024-12-31T23:59:00Z.";
                case UUID:
                    return parses(() -> UUID.fromString(value)) ? null : "is not a UUID.";
                default:
                    return textDefaultProblem(value);
            }
        }

        private String numericDefaultProblem(String value) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                return "is not a number.";
            }
            if (field.type() != Field.Type.DECIMAL && number.stripTrailingZeros().scale() > 0) {
                return "is not a whole number.";
            }
            String unfit = isDecimalColumn() ? decimalFitProblem(number) : null;
            if (unfit != null) {
                return unfit;
            }
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                return "is below the field's min " + field.min().toPlainString() + ".";
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                return "is above the field's max " + field.max().toPlainString() + ".";
            }
            return null;
        }

        private String textDefaultProblem(String value) {
            if (field.maxLength() != null && value.length() > field.maxLength()) {
                return "is longer than the field's maxLength " + field.maxLength() + ".";
            }
            if (field.minLength() != null && value.length() < field.minLength()) {
                return "is shorter than the field's minLength " + field.minLength() + ".";
            }
            return null;
        }

        private static boolean parses(Runnable parse) {
            try {
                parse.run();
                return true;
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
