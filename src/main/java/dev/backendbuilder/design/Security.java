package dev.backendbuilder.design;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code security} section. {@code roles} always contains {@value #ADMIN} when authentication is on:
 * the administrator role manages users, so the model adds it when the design omits it.
 */
public record Security(Authentication authentication, List<String> roles, List<Permission> permissions, RateLimit rateLimit, List<String> corsOrigins) {

    public static final String ADMIN = "ADMIN";
    /** Resource key of a permission that applies to every resource. */
    public static final String ALL_RESOURCES = "*";

    public Security {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
        corsOrigins = List.copyOf(corsOrigins);
    }

    public enum Authentication {
        JWT, BASIC, NONE;

        public static Authentication of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Who may run {@code operations} on {@code resource} ({@value #ALL_RESOURCES} for all);
     * {@code operationKey} is the key as written ({@code "list,get"}).
     */
    public record Permission(String resource, String operationKey, Set<Operation> operations, Access access, Location at) {

        public Permission {
            operations = operations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(operations));
        }
    }

    /** Anyone, any signed-in user, or users holding one of the roles. */
    public record Access(Kind kind, List<String> roles) {

        public static final Access PUBLIC = new Access(Kind.PUBLIC, List.of());
        public static final Access AUTHENTICATED = new Access(Kind.AUTHENTICATED, List.of());

        public Access {
            roles = List.copyOf(roles);
        }

        public enum Kind { PUBLIC, AUTHENTICATED, ROLES }
    }

    /** At most {@code requests} per {@code period} for each client. */
    public record RateLimit(int requests, Duration period) {
    }
}
