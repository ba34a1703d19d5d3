package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@link RequestIdFilter}: which ids are taken, which are replaced, and that the MDC is always cleaned. */
class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();
    private final List<String> seenInMdc = new ArrayList<>();

    private MockHttpServletResponse run(String givenId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
        if (givenId != null) {
            request.addHeader(RequestIdFilter.HEADER, givenId);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> seenInMdc.add(MDC.get(RequestIdFilter.MDC_KEY)));
        return response;
    }

    @Test
    void a_safe_id_from_the_caller_is_echoed_and_logged_while_the_request_runs() throws Exception {
        MockHttpServletResponse response = run("checkout-7f3a:2.b_c");

        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("checkout-7f3a:2.b_c");
        assertThat(seenInMdc).containsExactly("checkout-7f3a:2.b_c");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void without_an_id_a_new_uuid_is_created() throws Exception {
        String id = run(null).getHeader(RequestIdFilter.HEADER);

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(seenInMdc).containsExactly(id);
    }

    @Test
    void an_id_unsafe_for_logs_or_too_long_is_replaced() throws Exception {
        for (String unsafe : List.of("", "a b", "x\nFAKE LOG LINE", "<script>", "a".repeat(65))) {
            String id = run(unsafe).getHeader(RequestIdFilter.HEADER);
            assertThat(id).as(unsafe).isNotEqualTo(unsafe);
            assertThat(UUID.fromString(id)).isNotNull();
        }
        assertThat(RequestIdFilter.requestId("a".repeat(64))).isEqualTo("a".repeat(64));
    }

    @Test
    void the_mdc_is_cleared_even_when_the_request_fails() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/failing");
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new ServletException("boom");
        })).hasMessage("boom");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }
}
