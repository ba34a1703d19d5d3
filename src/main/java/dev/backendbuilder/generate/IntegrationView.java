package dev.backendbuilder.generate;

import dev.backendbuilder.design.Integration;
import dev.backendbuilder.design.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One external service of the design, spelled for its generated client and that client's tests. */
public final class IntegrationView {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]*)}");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");

    private final Integration integration;
    private final List<CallView> operations;

    IntegrationView(Integration integration) {
        this.integration = integration;
        List<CallView> calls = new ArrayList<>();
        integration.operations().forEach((name, call) -> calls.add(CallView.of(name, call)));
        this.operations = List.copyOf(calls);
    }

    /** The design's name: {@code isbnLookup}. */
    public String getName() {
        return integration.name();
    }

    /** {@code IsbnLookupClient}. */
    public String getClientClass() {
        return JavaNames.capitalize(integration.name()) + "Client";
    }

    /** Key under {@code integrations.} in application.yaml: {@code isbn-lookup}. */
    public String getPropertyKey() {
        return Names.snakeCase(integration.name()).replace('_', '-');
    }

    /** {@code ISBN_LOOKUP_BASE_URL}. */
    public String getBaseUrlVariable() {
        return integration.baseUrlVariable();
    }

    public String getBaseUrl() {
        return integration.baseUrl();
    }

    public int getTimeoutMs() {
        return integration.timeoutMs();
    }

    public int getRetries() {
        return integration.retries();
    }

    public boolean isCircuitBreaker() {
        return integration.circuitBreaker();
    }

    public List<CallView> getOperations() {
        return operations;
    }

    /** The operation the resilience tests drive: the first idempotent one (retried), else the first. */
    public CallView getProbe() {
        return operations.stream().filter(CallView::idempotent).findFirst().orElse(operations.isEmpty() ? null : operations.get(0));
    }

    /**
     * One remote operation as a Java method.
     *
     * @param parameters Java parameter names of the path variables, in path order
     * @param idempotent GET, PUT and DELETE are retried; POST and PATCH are sent once (a retry could act twice)
     * @param samplePath {@code path} with every variable replaced by its test value ({@code /isbn/isbn-1})
     */
    public record CallView(String name, String method, String path, List<String> parameters, boolean idempotent,
            boolean body, String samplePath) {

        static CallView of(String name, Integration.Call call) {
            String method = call.method().toUpperCase(Locale.ROOT);
            Set<String> parameters = new LinkedHashSet<>();
            StringBuilder template = new StringBuilder();
            StringBuilder sample = new StringBuilder();
            Matcher matcher = PATH_VARIABLE.matcher(call.path());
            int last = 0;
            while (matcher.find()) {
                String parameter = parameterName(matcher.group(1), parameters.size());
                parameters.add(parameter);
                String literal = call.path().substring(last, matcher.start());
                template.append(literal).append('{').append(parameter).append('}');
                sample.append(literal).append(parameter).append("-1");
                last = matcher.end();
            }
            template.append(call.path().substring(last));
            sample.append(call.path().substring(last));
            boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
            return new CallView(name, method, template.toString(), List.copyOf(parameters), IDEMPOTENT.contains(method), body,
                    sample.toString());
        }

        /** A usable Java name for a path variable: {@code {isbn}} stays, {@code {book-id}} becomes {@code bookId}. */
        static String parameterName(String variable, int position) {
            StringBuilder out = new StringBuilder();
            boolean upper = false;
            for (char c : variable.toCharArray()) {
                if (Character.isLetterOrDigit(c) && c < 128) {
                    out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
                    upper = false;
                } else {
                    upper = out.length() > 0;
                }
            }
            String name = out.toString();
            boolean usable = !name.isEmpty() && Character.isLetter(name.charAt(0)) && !Names.JAVA_RESERVED.contains(name)
                    && !name.equals("body");
            return usable ? name : "value" + (position + 1);
        }
    }
}
