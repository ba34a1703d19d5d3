package dev.backendbuilder.design;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A field with its constraints, as in the design file. Unset numeric constraints are {@code null};
 * {@code defaultValue} keeps the design's text ({@code "DRAFT"}, {@code "0"}, {@code "true"}).
 */
public record Field(
    String name,
    Type type,
    boolean required,
    boolean nullable,
    boolean unique,
    Integer minLength,
    Integer maxLength,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    Integer precision,
    Integer scale,
    Format format,
    List<String> values,
    String defaultValue,
    boolean readOnly,
    boolean writeOnly,
    String stableId,
    Location at) {

    public Field {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Digits in all of a decimal column: the design's, else 19 (a long's worth). */
    public int decimalPrecision() {
        return precision == null ? 19 : precision;
    }

    /**
     * Digits after the point of a decimal column: the design's; else, as in SQL, none when a precision is
     * given ({@code NUMERIC(p)} is {@code NUMERIC(p, 0)}); else 2, cents.
     */
    public int decimalScale() {
        return scale != null ? scale : precision != null ? 0 : 2;
    }

    /** Smallest step of a decimal column: 0.01 at scale 2, 1 at scale 0. */
    public BigDecimal decimalUnit() {
        return BigDecimal.ONE.movePointLeft(decimalScale());
    }

    /** Largest magnitude a decimal column holds: 999.99 for precision 5 and scale 2. */
    public BigDecimal decimalLargest() {
        return BigDecimal.TEN.pow(decimalPrecision() - decimalScale()).subtract(decimalUnit());
    }

    public String columnName() {
        return SqlNames.safe(Names.snakeCase(name));
    }

    /** Field types of format version 1. */
    public enum Type {
        STRING, TEXT, INTEGER, LONG, DECIMAL, BOOLEAN, DATE, DATETIME, UUID, ENUM;

        public static Type of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT));
        }

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean isTextual() {
            return this == STRING || this == TEXT;
        }

        public boolean isNumeric() {
            return this == INTEGER || this == LONG || this == DECIMAL;
        }
    }

    /** Formats a string field can be checked against. */
    public enum Format {
        EMAIL, URL;

        public static Format of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT));
        }
    }
}
