package ${project.packageName}.common;

/** One field at fault in a request, as listed under {@code errors} in a problem detail. */
public record FieldProblem(String field, String message) {
}
