package dev.backendbuilder.design;

import java.net.URI;
import java.net.URISyntaxException;

/** Integration names become Java types and environment variables; URLs and paths must be usable. */
final class IntegrationRules implements DesignRule {

    @Override
    public void check(Design design, CheckContext context) {
        for (Integration integration : design.integrations().values()) {
            NameRules.checkMemberName("integration", integration.name(), integration.at(), context);
            String pointer = CheckContext.pointer("integrations", integration.name());
            if (integration.baseUrl() != null && !isHttpUrl(integration.baseUrl())) {
                context.report(context.valueAt(pointer + "/baseUrl"), "baseUrl '" + integration.baseUrl() + "' of integration '"
                    + integration.name() + "' must be an absolute http or https URL, e.g. 'https://isbn.example.org'.");
            }
            for (var call : integration.operations().entrySet()) {
                String callPointer = pointer + "/operations/" + call.getKey();
                NameRules.checkMemberName("integration operation", call.getKey(), context.keyAt(callPointer), context);
                String path = call.getValue().path();
                if (path != null && !path.startsWith("/")) {
                    context.report(context.valueAt(callPointer + "/path"), "path '" + path + "' of " + integration.name() + "."
                        + call.getKey() + " must start with '/'.");
                }
            }
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
