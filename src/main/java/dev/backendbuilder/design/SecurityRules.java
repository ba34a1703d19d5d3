package dev.backendbuilder.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Roles are well-formed, permissions name known resources, operations and roles. */
final class SecurityRules implements DesignRule {

    private static final List<String> OPERATION_NAMES = List.of("list", "get", "create", "update", "patch", "delete");

    @Override
    public void check(Design design, CheckContext context) {
        Security security = design.security();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < security.roles().size(); i++) {
            String role = security.roles().get(i);
            Location at = context.valueAt("/security/roles/" + i);
            if (!Names.isConstantName(role)) {
                context.report(at, "role '" + role + "' must be UPPER_SNAKE_CASE, e.g. '" + Names.snakeCase(Names.camelCase(role)).toUpperCase(java.util.Locale.ROOT) + "'.");
            }
            if (role.startsWith("ROLE_")) {
                String bare = role.substring("ROLE_".length());
                context.report(at, "role '" + role + "' starts with 'ROLE_', the prefix Spring Security adds to every role"
                    + " itself (it would refuse this name at start-up); name it '" + (bare.isEmpty() ? "ADMIN" : bare) + "'.");
            }
            if (!seen.add(role)) {
                context.report(at, "role '" + role + "' is listed twice.");
            }
        }
        if (security.authentication() == Security.Authentication.NONE && !security.roles().isEmpty()) {
            context.report(context.valueAt("/security/roles"), "roles are declared but authentication is 'none'; nobody could hold"
                + " them. Set authentication to jwt or basic, or remove the roles.");
        }
        for (Security.Permission permission : security.permissions()) {
            checkPermission(design, permission, context);
        }
        JsonNode perClientNode = context.raw("/security/rateLimit/perClient");
        String perClient = perClientNode.isTextual() ? perClientNode.asText() : null; // other shapes: the schema said so
        if (perClient != null && security.rateLimit() == null) {
            context.report(context.valueAt("/security/rateLimit/perClient"), "rateLimit.perClient '" + perClient
                + "' is not understood; write it as " + RateLimits.FORMAT + ".");
        }
        for (int i = 0; i < security.corsOrigins().size(); i++) {
            checkOrigin(security.corsOrigins().get(i), context.valueAt("/security/cors/origins/" + i), context);
        }
    }

    private static void checkPermission(Design design, Security.Permission permission, CheckContext context) {
        String resource = permission.resource();
        Location at = permission.at();
        if (!Security.ALL_RESOURCES.equals(resource) && !design.api().resources().containsKey(resource)) {
            List<String> known = new ArrayList<>(design.api().resources().keySet());
            context.report(context.keyAt(CheckContext.pointer("security", "permissions", resource)), "permissions name '" + resource
                + "', which is not an api resource." + Suggestions.didYouMean(resource, known)
                + " Use '*' for all resources or one of: " + String.join(", ", known) + ".");
        }
        String operationKey = permission.operationKey();
        for (String operation : operationKey.split(",")) {
            String name = operation.trim();
            if (!OPERATION_NAMES.contains(name)) {
                context.report(at, "unknown operation '" + name + "' in permission '" + operationKey + "'."
                    + Suggestions.didYouMean(name, OPERATION_NAMES) + " Operations: " + String.join(", ", OPERATION_NAMES) + ".");
            }
        }
        if (permission.access().kind() == Security.Access.Kind.ROLES) {
            for (String role : permission.access().roles()) {
                if (!design.security().roles().contains(role)) {
                    context.report(at, "permission '" + operationKey + "' on '" + resource + "' names the unknown role '" + role + "'."
                        + Suggestions.didYouMean(role, design.security().roles())
                        + (design.security().roles().isEmpty() ? " Declare it under security.roles." : " Roles: " + String.join(", ", design.security().roles()) + "."));
                }
            }
        }
        if (design.security().authentication() == Security.Authentication.NONE && permission.access().kind() != Security.Access.Kind.PUBLIC) {
            context.report(at, "permission '" + operationKey + "' on '" + resource + "' needs signed-in users, but authentication is 'none'.");
        }
    }

    private static void checkOrigin(String origin, Location at, CheckContext context) {
        if ("*".equals(origin)) {
            return;
        }
        try {
            URI uri = new URI(origin);
            boolean plainOrigin = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                && (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null;
            if (plainOrigin) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        context.report(at, "CORS origin '" + origin + "' must be scheme, host and optional port only, such as"
            + " 'https://app.example.com', or '*'.");
    }
}
