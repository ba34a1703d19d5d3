package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The answers that the API tests cannot provoke on demand: concurrency, unknown failures. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void a_concurrent_write_is_a_412() {
        var answer = problems.concurrentChange(new ObjectOptimisticLockingFailureException(Object.class, 1L));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void an_unknown_constraint_is_a_409_without_sql() {
        var answer = problems.conflict(new DataIntegrityViolationException("insert into secret_table ..."));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().getDetail()).isEqualTo("The request conflicts with existing data.");
    }

    @Test
    void an_unexpected_error_is_a_500_without_details() throws Exception {
        var answer = problems.unexpected(new IllegalStateException("password=secret"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret");
    }

    @Test
    void servlet_errors_are_left_to_spring() {
        assertThatThrownBy(() -> problems.unexpected(new ServletException("x"))).isInstanceOf(ServletException.class);
    }
}
