package ${project.packageName}.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors no controller advice sees, which the servlet container forwards to {@code /error}: a
 * request Spring Security's firewall refuses (a path with {@code ..} or {@code ;}), a method Tomcat does
 * not allow ({@code TRACE}), a failure in a filter. Answered as problem details like every other
 * error, without internals. A client asking for {@code /error} itself gets a 404, as for any path the
 * API does not have.
 */
@RestController
public class ErrorProblems implements ErrorController {

    private static final String PATH = "${r"${server.error.path:/error}"}";

    /** The container forwards a request with its own method: the reading ones here ... */
    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS,
            RequestMethod.TRACE})
    ResponseEntity<ProblemDetail> readError(HttpServletRequest request) {
        return error(request);
    }

    /** ... the writing ones here (one mapping for both would look to a CSRF check like a form anyone may post). */
    @RequestMapping(path = PATH, method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE})
    ResponseEntity<ProblemDetail> writeError(HttpServletRequest request) {
        return error(request);
    }

    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return problem(HttpStatus.NOT_FOUND, "There is no endpoint at this path.");
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null || status.is5xxServerError()) {
            // The failure itself was logged where it happened, with the request id.
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request.");
        }
        return problem(status, switch (status) {
            case BAD_REQUEST -> "The request is malformed or contains characters that are not allowed in it.";
            case NOT_FOUND -> "There is no endpoint at this path.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed at this path.";
            default -> status.getReasonPhrase() + ".";
        });
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
