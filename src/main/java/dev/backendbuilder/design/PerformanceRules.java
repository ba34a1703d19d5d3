package dev.backendbuilder.design;

import java.util.ArrayList;
import java.util.List;

/** Each performance target names an endpoint the API really exposes: {@code GET /api/books/{id}}. */
final class PerformanceRules implements DesignRule {

    @Override
    public void check(Design design, CheckContext context) {
        List<String> endpoints = endpoints(design);
        for (PerformanceTarget target : design.performance()) {
            if (target.method().isEmpty()) {
                continue; // the schema reported the missing endpoint
            }
            if (!endpoints.contains(target.endpoint())) {
                context.report(target.at(), "performance endpoint '" + target.endpoint() + "' is not served by the API."
                    + Suggestions.didYouMean(target.endpoint(), endpoints)
                    + (endpoints.isEmpty() ? " The api section exposes no resources." : " Write it as METHOD and path, e.g. '" + endpoints.get(0) + "'."));
            }
            if (target.p95Ms() == null && target.minRps() == null) {
                context.report(target.at(), "performance target '" + target.endpoint() + "' sets no limit; give p95Ms, minRps or both.");
            }
        }
    }

    /** Every generated endpoint as "METHOD path". */
    static List<String> endpoints(Design design) {
        List<String> endpoints = new ArrayList<>();
        for (Api.Resource resource : design.api().resources().values()) {
            Entity entity = design.entities().get(resource.entity());
            if (entity == null) {
                continue;
            }
            String collection = design.api().basePath() + "/" + entity.resourcePath();
            for (Operation operation : resource.operations()) {
                String endpoint = operation.httpMethod() + " " + (operation.onItem() ? collection + "/{id}" : collection);
                if (!endpoints.contains(endpoint)) {
                    endpoints.add(endpoint);
                }
            }
        }
        return endpoints;
    }
}
