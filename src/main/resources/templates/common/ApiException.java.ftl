package ${project.packageName}.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the API answers on purpose, with its status and the fields at fault. Turned into an
 * RFC 9457 problem detail by {@link ApiProblems}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String entity, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "Not found", "No " + entity + " with id " + id + ".", List.of());
    }

    public static ApiException staleVersion(String entity, Object id) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "Stale version", entity + " " + id
                + " was changed since you read it. GET it again and send its new ETag in If-Match.", List.of());
    }

    public static ApiException versionRequired() {
        return new ApiException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                "Send the ETag you got from GET in an If-Match header, so that no concurrent change is overwritten.",
                List.of());
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", message,
                List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
