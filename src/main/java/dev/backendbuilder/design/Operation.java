package dev.backendbuilder.design;

import java.util.Locale;

/** A REST operation on a resource, with the HTTP method it is served under. */
public enum Operation {
    LIST("GET", false), GET("GET", true), CREATE("POST", false), UPDATE("PUT", true), PATCH("PATCH", true), DELETE("DELETE", true);

    private final String httpMethod;
    private final boolean onItem;

    Operation(String httpMethod, boolean onItem) {
        this.httpMethod = httpMethod;
        this.onItem = onItem;
    }

    public static Operation of(String yamlName) {
        return valueOf(yamlName.trim().toUpperCase(Locale.ROOT));
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** True when served under {@code …/{id}} rather than on the collection. */
    public boolean onItem() {
        return onItem;
    }
}
