package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The answers that the API tests cannot provoke on demand: concurrency, unknown failures. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    /** An answer and what {@link ApiProblems} logged while giving it. */
    private record Logged(ResponseEntity<ProblemDetail> answer, List<ILoggingEvent> events) {
    }

    /**
     * Runs {@code action} with the events of {@link ApiProblems}' logger collected and kept from the console:
     * the failures here are provoked, and their stack traces in the build log would only bury a real one.
     */
    private static Logged logged(Callable<ResponseEntity<ProblemDetail>> action) throws Exception {
        try (CapturedLog log = CapturedLog.of(ApiProblems.class)) {
            return new Logged(action.call(), log.events());
        }
    }

    @Test
    void a_concurrent_write_is_a_412() {
        var answer = problems.concurrentChange(new ObjectOptimisticLockingFailureException(Object.class, 1L));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void an_unknown_constraint_is_a_409_without_sql_and_a_warning_for_the_operator() throws Exception {
        var failure = new DataIntegrityViolationException("insert into secret_table ...");
        Logged logged = logged(() -> problems.conflict(failure));

        assertThat(logged.answer().getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(logged.answer().getBody().getDetail()).isEqualTo("The request conflicts with existing data.");
        assertThat(logged.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).isEqualTo("Unmapped data integrity violation");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("insert into secret_table ...");
        });
    }

    @Test
    void an_unexpected_error_is_a_500_without_details_logged_once_with_the_request_id() throws Exception {
        MDC.put(RequestIdFilter.MDC_KEY, "request-42");
        Logged logged;
        try {
            logged = logged(() -> problems.unexpected(new IllegalStateException("password=secret")));
            // The MDC is read when the event is first asked for it: while the request id is still set.
            assertThat(logged.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).isEqualTo("Unexpected error");
                assertThat(event.getMDCPropertyMap()).containsEntry(RequestIdFilter.MDC_KEY, "request-42");
                // The exception and its stack trace go to the log, where the request id finds them ...
                assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo("password=secret");
            });
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
        // ... never to the client.
        assertThat(logged.answer().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(logged.answer().getBody().getDetail()).isEqualTo("The server could not complete the request.");
        assertThat(logged.answer().getBody().getProperties()).isNullOrEmpty();
    }

    @Test
    void a_database_out_of_reach_is_a_503_with_retry_after_and_one_warning_without_stack_trace() throws Exception {
        var timeout = new SQLTransientConnectionException("Connection not available, request timed out after 2000ms");
        var outage = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", timeout);
        Logged logged = logged(() -> problems.unexpected(outage));

        assertThat(logged.answer().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(logged.answer().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(logged.answer().getBody().getDetail()).isEqualTo(DatabaseOutage.DETAIL);
        assertThat(logged.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).contains("request timed out after 2000ms");
        });
    }

    @Test
    void only_a_connection_failure_counts_as_an_outage() {
        assertThat(DatabaseOutage.isCause(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLNonTransientConnectionException("broken"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException())).isFalse();
    }

    @Test
    void servlet_errors_are_left_to_spring_and_not_logged_here() throws Exception {
        Logged logged = logged(() -> {
            assertThatThrownBy(() -> problems.unexpected(new ServletException("x")))
                    .isInstanceOf(ServletException.class);
            return null;
        });
        assertThat(logged.events()).isEmpty();
    }

    @Test
    void a_failure_the_container_forwards_to_the_error_page_is_a_500_problem_without_details() {
        MockHttpServletRequest forwarded = new MockHttpServletRequest("GET", "/error");
        forwarded.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        forwarded.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("password=secret"));
        var answer = new ErrorProblems().error(forwarded);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).isEqualTo("The server could not complete the request.");

        MockHttpServletRequest unknownStatus = new MockHttpServletRequest("GET", "/error");
        unknownStatus.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 599);
        assertThat(new ErrorProblems().error(unknownStatus).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
