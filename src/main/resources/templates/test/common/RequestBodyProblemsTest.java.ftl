package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@link ApiProblems} words a request body it cannot take, for every kind of value a resource can
 * have. A sample body stands in for the resources, so every answer is checked whatever this project's
 * resources look like; the API tests check the same answers on the real ones.
 */
class RequestBodyProblemsTest {

    enum Colour { RED, GREEN }

    record Part(int count, String label) {
    }

    record Sample(
            Integer quantity, long total, BigDecimal price, Boolean active, LocalDate day, Instant moment,
            UUID key, Colour colour, List<Part> parts, String name) {
    }

    private final ApiProblems problems = new ApiProblems();
    private final JsonMapper mapper = JsonConfigurationTest.strictMapper();

    /** The answer to {@code json} read as {@code type}, as a request body would be. */
    private ProblemDetail answer(String json, Class<?> type) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> mapper.readValue(json, type));
        assertThat(failure).as("reading %s", json).isNotNull();
        var message = new HttpMessageNotReadableException("unreadable", failure, new MockHttpInputMessage(new byte[0]));
        ResponseEntity<Object> answer = problems.handleHttpMessageNotReadable(message, new HttpHeaders(),
                HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (ProblemDetail) answer.getBody();
    }

    private ProblemDetail answer(String json) {
        return answer(json, Sample.class);
    }

    private static List<FieldProblem> errors(ProblemDetail problem) {
        assertThat(problem.getTitle()).isEqualTo("Invalid request");
        @SuppressWarnings("unchecked")
        List<FieldProblem> errors = (List<FieldProblem>) problem.getProperties().get("errors");
        return errors;
    }

    @Test
    void a_value_of_the_wrong_type_names_the_field_and_what_it_must_be() {
        assertThat(errors(answer("{\"quantity\":\"many\"}"))).containsExactly(new FieldProblem("quantity",
                "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
        assertThat(errors(answer("{\"quantity\":1.5}")).get(0).field()).isEqualTo("quantity");
        assertThat(errors(answer("{\"total\":true}")).get(0).message()).startsWith("must be an integer from ");
        assertThat(errors(answer("{\"price\":\"cheap\"}")))
                .containsExactly(new FieldProblem("price", "must be a number"));
        assertThat(errors(answer("{\"active\":\"yes\"}")))
                .containsExactly(new FieldProblem("active", "must be true or false"));
        assertThat(errors(answer("{\"day\":\"31/12/2024\"}")).get(0).message()).startsWith("must be a date such as");
        assertThat(errors(answer("{\"moment\":\"noon\"}")).get(0).message()).startsWith("must be a date-time such as");
        assertThat(errors(answer("{\"key\":\"not-a-uuid\"}")))
                .containsExactly(new FieldProblem("key", "must be a UUID"));
        assertThat(errors(answer("{\"colour\":\"BLUE\"}")))
                .containsExactly(new FieldProblem("colour", "must be one of RED, GREEN"));
        assertThat(errors(answer("{\"parts\":{}}"))).containsExactly(new FieldProblem("parts", "must be an array"));
        assertThat(errors(answer("{\"name\":{\"first\":\"x\"}}")))
                .containsExactly(new FieldProblem("name", "must be a string"));
    }

    @Test
    void a_value_inside_an_array_is_named_by_its_path() {
        assertThat(errors(answer("{\"parts\":[{\"count\":1},{\"count\":\"two\"}]}")))
                .containsExactly(new FieldProblem("parts[1].count",
                        "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
        assertThat(errors(answer("{\"parts\":[\"x\"]}")))
                .containsExactly(new FieldProblem("parts[0]", "must be an object"));
    }

    @Test
    void an_unknown_or_repeated_property_is_named_with_the_properties_there_are() {
        assertThat(errors(answer("{\"parts\":[{\"count\":1,\"lable\":\"x\"}]}")))
                .containsExactly(new FieldProblem("parts[0].lable",
                "is not a property of this resource; its properties are count, label"));
        assertThat(errors(answer("{\"name\":\"a\",\"name\":\"b\"}")))
                .containsExactly(new FieldProblem("name", "is given more than once"));
    }

    @Test
    void a_body_of_the_wrong_shape_or_not_json_says_so_and_where() {
        assertThat(answer("[1]").getDetail()).isEqualTo("The request body must be an object.");
        assertThat(answer("{\"a\"").getDetail()).startsWith("The request body is not valid JSON (line 1, column ");
        assertThat(answer("{}", Part[].class).getDetail()).isEqualTo("The request body must be an array.");
    }

    @Test
    void a_body_that_is_missing_is_a_400_without_details() {
        var missing = new HttpMessageNotReadableException("Required request body is missing",
                new MockHttpInputMessage(new byte[0]));
        ResponseEntity<Object> answer = problems.handleHttpMessageNotReadable(missing, new HttpHeaders(),
                HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
        assertThat(((ProblemDetail) answer.getBody()).getDetail())
                .isEqualTo("The request body is missing or cannot be read.");
    }

    /** A request type as the controllers take it. */
    record Draft(@NotBlank String title, @Positive int pages) {
    }

    @SuppressWarnings("unused")
    private void create(Draft draft) {
        // The parameter a failed validation is reported against.
    }

    @Test
    void every_invalid_field_is_listed_sorted_with_its_reason() throws Exception {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Draft("", 0), "draft");
        result.rejectValue("title", "NotBlank", "must not be blank");
        result.rejectValue("pages", "Positive", "must be greater than 0");
        Method create = getClass().getDeclaredMethod("create", Draft.class);
        var invalid = new MethodArgumentNotValidException(new MethodParameter(create, 0), result);
        ResponseEntity<Object> answer = problems.handleMethodArgumentNotValid(invalid, new HttpHeaders(),
                HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getDetail()).isEqualTo("2 fields are invalid.");
        assertThat(errors(problem)).containsExactly(new FieldProblem("pages", "must be greater than 0"),
                new FieldProblem("title", "must not be blank"));
    }

    @Test
    void a_merged_patch_that_breaks_a_constraint_is_listed_like_a_body() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var violations = validator.validate(new Draft(" ", 3));
        ProblemDetail problem = problems.constraintViolation(new ConstraintViolationException(violations)).getBody();
        assertThat(problem.getDetail()).isEqualTo("1 field is invalid.");
        assertThat(errors(problem)).extracting(FieldProblem::field).containsExactly("title");
    }

    @Test
    void an_undecodable_query_string_and_an_api_exception_are_problems_too() {
        assertThat(problems.undecodableParameter(new InvalidParameterException("bad %C3%28")).getBody().getDetail())
                .isEqualTo("The query string is not valid: percent-encoded characters must be UTF-8.");
        ResponseEntity<ProblemDetail> notFound = problems.api(ApiException.notFound("Item", 7));
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.getBody().getProperties()).isNullOrEmpty();
        ResponseEntity<ProblemDetail> badRequest = problems.api(ApiException.badRequest("size", "must be at most 100"));
        assertThat(badRequest.getBody().getProperties()).containsKey("errors");
    }
}
