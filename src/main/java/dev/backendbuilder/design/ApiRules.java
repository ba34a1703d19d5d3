package dev.backendbuilder.design;

import java.util.List;
import java.util.regex.Pattern;

/** Resources name entities; filters and sort keys name what the entity has; paging limits agree. */
final class ApiRules implements DesignRule {

    private static final Pattern BASE_PATH = Pattern.compile("(/[a-z0-9][a-z0-9._-]*)+");

    @Override
    public void check(Design design, CheckContext context) {
        Api api = design.api();
        if (!BASE_PATH.matcher(api.basePath()).matches()) {
            context.report(context.valueAt("/api/basePath"), "api.basePath '" + api.basePath() + "' must start with '/', have no"
                + " trailing '/', and use lower-case letters, digits, '.', '_' or '-' (e.g. '/api' or '/api/v1').");
        }
        Api.Pagination paging = api.pagination();
        if (paging.defaultSize() > paging.maxSize()) {
            context.report(context.valueAt("/api/pagination/defaultSize"), "pagination defaultSize " + paging.defaultSize()
                + " is above maxSize " + paging.maxSize() + "; every default page would be refused.");
        }
        for (Api.Resource resource : api.resources().values()) {
            if (!design.entities().containsKey(resource.entity())) {
                context.report(resource.at(), "api resource '" + resource.entity() + "' is not an entity."
                    + Suggestions.didYouMean(resource.entity(), design.entities().keySet()));
                continue;
            }
            Entity entity = design.entities().get(resource.entity());
            String pointer = CheckContext.pointer("api", "resources", resource.entity());
            List<String> filterable = CheckContext.fieldsAndReferences(design, entity);
            checkNames(resource.filters(), filterable, pointer + "/filters", "filter", entity, context);
            checkPagingClashes(resource.filters(), pointer + "/filters", entity, context);
            checkNames(resource.sort(), CheckContext.sorted(entity.fields().keySet()), pointer + "/sort", "sort key", entity, context);
            checkSortDirections(resource.sort(), pointer + "/sort", entity, context);
            if (resource.operations().isEmpty() && context.raw(pointer + "/operations").isEmpty()) { // misspelt ones: see the schema
                context.report(resource.at(), "api resource '" + resource.entity() + "' exposes no operations; list some of"
                    + " list, get, create, update, patch, delete, or remove the resource.");
            }
            if (!resource.operations().contains(Operation.LIST) && !(resource.filters().isEmpty() && resource.sort().isEmpty())) {
                context.report(resource.at(), "api resource '" + resource.entity() + "' has filters or sort keys but no 'list' operation to use them.");
            }
        }
    }

    /** The list operation's own query parameters; a filter of that name could not be told apart from them. */
    static final List<String> PAGING_PARAMETERS = List.of("page", "size", "sort");

    private static void checkPagingClashes(List<String> filters, String pointer, Entity entity, CheckContext context) {
        for (int i = 0; i < filters.size(); i++) {
            String name = filters.get(i);
            if (PAGING_PARAMETERS.contains(name)) {
                context.report(context.valueAt(pointer + "/" + i), "filter '" + name + "' of " + entity.name()
                    + " would be the query parameter '" + name + "', which pages and sorts every list (page, size, sort);"
                    + " rename the field (e.g. '" + Names.decapitalize(entity.name()) + Names.capitalize(name)
                    + "') or drop the filter.");
            }
        }
    }

    /** {@code ?sort=asc,desc} cannot say whether {@code asc} is the property or the direction. */
    private static void checkSortDirections(List<String> sorts, String pointer, Entity entity, CheckContext context) {
        for (int i = 0; i < sorts.size(); i++) {
            String name = sorts.get(i);
            if (name.equalsIgnoreCase("asc") || name.equalsIgnoreCase("desc")) {
                context.report(context.valueAt(pointer + "/" + i), "sort key '" + name + "' of " + entity.name()
                    + " is a sort direction: '?sort=" + name + ",desc' could not tell the property from the direction;"
                    + " rename the field (e.g. '" + Names.decapitalize(entity.name()) + Names.capitalize(name)
                    + "') or drop the sort key.");
            }
        }
    }

    private static void checkNames(List<String> names, List<String> known, String pointer, String what, Entity entity, CheckContext context) {
        if (entity.fields().isEmpty()) {
            return; // the entity's missing fields are reported where they are; naming each filter again is a cascade
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!known.contains(name)) {
                context.report(context.valueAt(pointer + "/" + i), what + " '" + name + "' is not a field"
                    + ("filter".equals(what) ? " or reference" : "") + " of " + entity.name() + "."
                    + Suggestions.didYouMean(name, known) + (known.isEmpty() ? "" : " Known: " + String.join(", ", known) + "."));
            }
        }
    }
}
