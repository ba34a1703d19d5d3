package ${project.packageName}.common;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem detail. Field errors are listed under {@code errors}; no
 * answer ever carries a stack trace, an exception class or SQL text (those go to the log).
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** What a JSON value of each type must look like, as a client reads it. */
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "a string",
            Integer.class, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
            Long.class, "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
            BigInteger.class, "an integer",
            BigDecimal.class, "a number",
            Boolean.class, "true or false",
            LocalDate.class, "a date such as 2024-12-31, from " + JsonConfiguration.MIN_DATE
                    + " to " + JsonConfiguration.MAX_DATE,
            Instant.class, "a date-time such as 2024-12-31T23:59:00Z, from " + JsonConfiguration.MIN_INSTANT
                    + " to " + JsonConfiguration.MAX_INSTANT,
            UUID.class, "a UUID");

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.title(), e.getMessage(), e.errors());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** Validation of a merged PATCH document. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** A body that is not JSON or does not fit the resource: the field at fault and what it must be. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (e.getCause() instanceof JacksonException cause) {
            return ResponseEntity.badRequest().body(unreadable(cause).getBody());
        }
        String detail = "The request body is missing or cannot be read.";
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Bad Request", detail, List.of()).getBody());
    }

    /** A PATCH document whose values do not fit the resource's types. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadable(JacksonException e) {
        FieldProblem error = fieldError(e);
        if (error != null) {
            return ResponseEntity.badRequest().body(invalid(List.of(error)));
        }
        Class<?> target = targetType(e);
        if (target != null) {
            return problem(HttpStatus.BAD_REQUEST, "Bad Request",
                    "The request body must be " + expected(target) + ".", List.of());
        }
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", "The request body is not valid JSON" + where + ".",
                List.of());
    }

    /** The field a parse error is about and what is wrong with it; {@code null} if it is about no one field. */
    private static FieldProblem fieldError(JacksonException e) {
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return new FieldProblem(field, "is not a property of this resource; its properties are " + known);
        }
        // Jackson names a repeated key only in its message; its parser still stands on the key.
        if (e.processor() instanceof JsonParser parser
                && e.getOriginalMessage().startsWith("Duplicate Object property")) {
            return new FieldProblem(parser.currentName(), "is given more than once");
        }
        Class<?> target = targetType(e);
        return target == null || field.isEmpty() ? null : new FieldProblem(field, "must be " + expected(target));
    }

    /** Where in the document a parse error is: {@code title}, {@code tagIds[2]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Class<?> targetType(JacksonException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }

    private static String expected(Class<?> type) {
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (boxed.isEnum()) {
            return "one of " + Arrays.stream(boxed.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(boxed) || boxed.isArray()) {
            return "an array";
        }
        return EXPECTED.getOrDefault(boxed, "an object");
    }

    /** A query string or form whose percent-encoded bytes are not UTF-8 (Tomcat refuses to decode it). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request",
                "The query string is not valid: percent-encoded characters must be UTF-8.", List.of());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "The resource was changed by a concurrent request. GET it again and retry with its new ETag.",
                List.of());
    }

    /** A unique or foreign-key constraint of the database, named without leaking SQL. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        DatabaseConstraints.Constraint constraint = DatabaseConstraints.find(e);
        if (constraint == null) {
            LOG.warn("Unmapped data integrity violation", e);
            return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data.", List.of());
        }
        return problem(HttpStatus.CONFLICT, "Conflict", constraint.message(),
                List.of(new FieldProblem(constraint.property(), constraint.message())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (DatabaseOutage.isCause(e)) {
            // One line per refused request, without a stack trace: during an outage there are many.
            LOG.warn("Database unavailable, answered 503: {}", DatabaseOutage.describe(e));
            HttpStatus unavailable = HttpStatus.SERVICE_UNAVAILABLE;
            ProblemDetail body = ProblemDetail.forStatusAndDetail(unavailable, DatabaseOutage.DETAIL);
            body.setTitle("Service unavailable");
            return ResponseEntity.status(unavailable)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).body(body);
        }
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof jakarta.servlet.ServletException<#if project.security.enabled>
                // Spring Security's filters answer these with 401 or 403.
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException</#if>) {
            throw e;
        }
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The server could not complete the request.", List.of());
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() + (errors.size() == 1 ? " field is invalid." : " fields are invalid."));
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return body;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(body);
    }
}
