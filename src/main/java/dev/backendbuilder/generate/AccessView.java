package dev.backendbuilder.generate;

import dev.backendbuilder.design.Operation;
import dev.backendbuilder.design.Security;
import java.util.List;

/**
 * Who may run one operation of one resource: the cell of the permission matrix that both the
 * URL rules and the method annotations of the generated application are written from, and that
 * the generated matrix test walks role by role.
 *
 * @param operation the operation
 * @param kind public, any signed-in user, or the listed roles
 * @param roles the permitted roles when {@code kind} is {@code ROLES}
 * @param allRoles every role of the design, to know who must be refused
 */
public record AccessView(Operation operation, Security.Access.Kind kind, List<String> roles, List<String> allRoles) {

    public AccessView {
        roles = List.copyOf(roles);
        allRoles = List.copyOf(allRoles);
    }

    public String getName() {
        return operation.yamlName();
    }

    public String getHttpMethod() {
        return operation.httpMethod();
    }

    public boolean isOnItem() {
        return operation.onItem();
    }

    public boolean isPublic() {
        return kind == Security.Access.Kind.PUBLIC;
    }

    public boolean isAuthenticated() {
        return kind == Security.Access.Kind.AUTHENTICATED;
    }

    /**
     * The Spring Security expression of this cell, for {@code @PreAuthorize}: {@code hasRole} for
     * one role, {@code hasAnyRole} for several, as a reviewer would write it.
     */
    public String getExpression() {
        return switch (kind) {
            case PUBLIC -> "permitAll()";
            case AUTHENTICATED -> "isAuthenticated()";
            case ROLES -> roleCheck() + "(" + String.join(", ", roles.stream().map(r -> "'" + r + "'").toList()) + ")";
        };
    }

    /** The URL rule's call for the listed roles: {@code hasRole("ADMIN")} or {@code hasAnyRole("USER", "ADMIN")}. */
    public String getRoleRule() {
        return roleCheck() + "(" + SecurityView.literals(roles) + ")";
    }

    private String roleCheck() {
        return roles.size() == 1 ? "hasRole" : "hasAnyRole";
    }

    public boolean permits(String role) {
        return kind != Security.Access.Kind.ROLES || roles.contains(role);
    }

    public List<String> getPermittedRoles() {
        return allRoles.stream().filter(this::permits).toList();
    }

    public List<String> getRefusedRoles() {
        return allRoles.stream().filter(r -> !permits(r)).toList();
    }

    /**
     * The cell for {@code operation} on {@code resource}: a rule naming the resource wins over a
     * rule for every resource ({@code "*"}); with neither, only administrators may (closed by
     * default, so an operation the architect forgot is never open to everyone).
     */
    static AccessView resolve(Security security, String resource, Operation operation) {
        Security.Access access = null;
        for (Security.Permission permission : security.permissions()) {
            if (!permission.operations().contains(operation)) {
                continue;
            }
            if (permission.resource().equals(resource)) {
                access = permission.access();
                break;
            }
            if (Security.ALL_RESOURCES.equals(permission.resource()) && access == null) {
                access = permission.access();
            }
        }
        if (access == null) {
            access = security.authentication() == Security.Authentication.NONE
                    ? Security.Access.PUBLIC : new Security.Access(Security.Access.Kind.ROLES, List.of(Security.ADMIN));
        }
        return new AccessView(operation, access.kind(), access.roles(), security.roles());
    }
}
