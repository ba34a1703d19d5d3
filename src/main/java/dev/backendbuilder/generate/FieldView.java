package dev.backendbuilder.generate;

import dev.backendbuilder.design.Field;
import java.util.ArrayList;
import java.util.List;

/** A field as the templates need it: Java and SQL spellings, annotations, and test samples. */
public final class FieldView {

    private final Field field;
    private final String entity;
    private final String enumType;
    private final String packageName;
    /** Computed once: templates ask for the samples many times, and patterns make them costly. */
    private List<String> samples;
    private CounterValues.Generated counterValue;

    FieldView(String entity, String packageName, Field field) {
        this.entity = entity;
        this.packageName = packageName;
        this.field = field;
        this.enumType = field.type() == Field.Type.ENUM ? enumTypeName(entity, field.name()) : null;
    }

    /**
     * {@code Book.status} → {@code BookStatus}; where that is the name of a class generated beside the
     * entity ({@code Book.request} → {@code BookRequest}, the request DTO), {@code BookRequestValue}.
     */
    static String enumTypeName(String entity, String field) {
        String name = JavaNames.capitalize(field);
        return ViewModel.ENTITY_CLASS_SUFFIXES.contains(name) ? entity + name + "Value" : entity + name;
    }

    Field field() {
        return field;
    }

    /** The column type in {@code dialect}. */
    public String sqlType(Dialect dialect) {
        return dialect.sqlType(field);
    }

    public String getName() {
        return field.name();
    }

    public String getCapName() {
        return JavaNames.capitalize(field.name());
    }

    public String getColumn() {
        return field.columnName();
    }

    public String getType() {
        return field.type().name();
    }

    public String getJavaType() {
        return switch (field.type()) {
            case STRING, TEXT -> "String";
            case INTEGER -> "Integer";
            case LONG -> "Long";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "LocalDate";
            case DATETIME -> "Instant";
            case UUID -> "UUID";
            case ENUM -> enumReference();
        };
    }

    /** The enum type as a type reference in Java code (see {@link TypeReferences}). */
    private String enumReference() {
        return TypeReferences.mark(packageName + "." + enumType);
    }

    public boolean isEnum() {
        return enumType != null;
    }

    public String getEnumType() {
        return enumType;
    }

    public List<String> getEnumValues() {
        return field.values();
    }

    public boolean isText() {
        return field.type().isTextual();
    }

    public boolean isLob() {
        return field.type() == Field.Type.TEXT;
    }

    public boolean isRequired() {
        return field.required();
    }

    public boolean isUnique() {
        return field.unique();
    }

    public boolean isReadOnly() {
        return field.readOnly();
    }

    public boolean isWriteOnly() {
        return field.writeOnly();
    }

    /** In the request DTO: everything the client may write. */
    public boolean isWritable() {
        return !field.readOnly();
    }

    /** In the response DTO: everything the client may read. */
    public boolean isReadable() {
        return !field.writeOnly();
    }

    /** The Java expression of the design's default, or {@code null}. */
    public String getDefaultExpression() {
        String value = field.defaultValue();
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case STRING, TEXT -> SampleValues.quote(value);
            case INTEGER -> value;
            case LONG -> value + "L";
            case DECIMAL -> "new BigDecimal(\"" + value + "\")";
            case BOOLEAN -> Boolean.toString(Boolean.parseBoolean(value));
            case DATE -> "LocalDate.parse(\"" + value + "\")";
            case DATETIME -> "Instant.parse(\"" + value + "\")";
            case UUID -> "UUID.fromString(\"" + value + "\")";
            case ENUM -> enumReference() + "." + value;
        };
    }

    /**
     * The design's default as a JSON test expectation ({@code "DRAFT"}, {@code 5}, {@code true}),
     * or {@code null} where JSON and Java spell it differently (decimals, instants).
     */
    public String getDefaultJsonExpectation() {
        String value = field.defaultValue();
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case STRING, TEXT, ENUM, DATE, UUID -> SampleValues.quote(value);
            case INTEGER -> value;
            case LONG -> value + "L";
            case BOOLEAN -> Boolean.toString(Boolean.parseBoolean(value));
            case DECIMAL, DATETIME -> null;
        };
    }

    /** The JPA column annotation. */
    public String getColumnAnnotation() {
        StringBuilder out = new StringBuilder("@Column(name = \"").append(field.columnName()).append('"');
        if (field.required()) {
            out.append(", nullable = false");
        }
        if (field.type() == Field.Type.STRING && field.maxLength() != null) {
            out.append(", length = ").append(field.maxLength());
        }
        if (field.type() == Field.Type.DECIMAL) {
            out.append(", precision = ").append(field.decimalPrecision()).append(", scale = ").append(field.decimalScale());
        }
        return out.append(')').toString();
    }

    /** Bean Validation annotations of the request DTO, one per constraint of the design. */
    public List<String> getConstraints() {
        List<String> out = new ArrayList<>();
        if (field.required()) {
            out.add(field.type().isTextual() ? "@NotBlank" : "@NotNull");
        }
        if (field.minLength() != null || field.maxLength() != null) {
            List<String> bounds = new ArrayList<>();
            if (field.minLength() != null) {
                bounds.add("min = " + field.minLength());
            }
            if (field.maxLength() != null) {
                bounds.add("max = " + field.maxLength());
            }
            out.add("@Size(" + String.join(", ", bounds) + ")");
        }
        if (field.pattern() != null) {
            out.add("@Pattern(regexp = " + SampleValues.quote(field.pattern()) + ")");
        }
        if (field.format() == Field.Format.EMAIL) {
            out.add("@Email");
        }
        if (field.format() == Field.Format.URL) {
            out.add("@URL");
        }
        if (field.min() != null) {
            out.add("@DecimalMin(\"" + field.min().toPlainString() + "\")");
        }
        if (field.max() != null) {
            out.add("@DecimalMax(\"" + field.max().toPlainString() + "\")");
        }
        if (field.type() == Field.Type.DECIMAL) {
            out.add("@Digits(integer = " + (field.decimalPrecision() - field.decimalScale()) + ", fraction = "
                    + field.decimalScale() + ")");
        }
        return out;
    }

    /** Valid sample values (Java expressions), distinct, at least two where the type allows. */
    public List<String> getSamples() {
        if (samples == null) {
            samples = SampleValues.valid(entity, field);
        }
        return samples;
    }

    /** The samples as request-map values and as typed values for entities. */
    public List<SampleValues.Sample> getSampleValues() {
        return getSamples().stream().map(json -> new SampleValues.Sample(json, switch (field.type()) {
            case DATE -> "LocalDate.parse(" + json + ")";
            case DATETIME -> "Instant.parse(" + json + ")";
            case UUID -> "UUID.fromString(" + json + ")";
            case ENUM -> enumReference() + ".valueOf(" + json + ")";
            default -> json;
        })).toList();
    }

    /** The value of the field in its entity's n-th test row, over the counter {@code n}. */
    public CounterValues.Generated getCounterValue() {
        if (counterValue == null) {
            counterValue = CounterValues.of(entity, field, isEnum() ? enumReference() : null);
        }
        return counterValue;
    }

    /** Whether two consecutive test rows get different values (not so for a one-value enum or a min = max range). */
    public boolean isVaried() {
        return getCounterValue().capacity() > 1;
    }

    public List<SampleValues.Invalid> getInvalidSamples() {
        return SampleValues.invalid(entity, field);
    }

}
