package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The protection filters alone, including what real HTTP tests do not reach (chunked bodies). */
class ProtectionFiltersTest {

    private final ProblemWriter problems = new ProblemWriter(JsonMapper.builder().build());

    /** A request whose length is not declared, as with {@code Transfer-Encoding: chunked}. */
    private static MockHttpServletRequest chunked(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anything") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_and_never_reaches_the_application() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new RequestSizeLimitFilter(DataSize.ofBytes(10), problems).doFilter(chunked(11), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than 10 bytes");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_application_whole() throws Exception {
        AtomicReference<byte[]> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest request, jakarta.servlet.ServletResponse response) {
                try {
                    seen.set(((HttpServletRequest) request).getInputStream().readAllBytes());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        new RequestSizeLimitFilter(DataSize.ofBytes(10), problems)
                .doFilter(chunked(10), new MockHttpServletResponse(), chain);
        assertThat(seen.get()).hasSize(10);
    }

    @Test
    void a_declared_length_over_the_limit_is_413_without_reading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/anything");
        request.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestSizeLimitFilter(DataSize.ofBytes(10), problems).doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void every_answer_gets_the_security_headers() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeaderNames()).containsAll(SecurityHeadersFilter.HEADERS.keySet());
    }
<#if project.security.rateLimited>

    @Test
    void each_client_has_its_own_bucket_and_health_probes_are_free() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(1, Duration.ofMinutes(1), problems);
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/api");
        first.setRemoteAddr("10.0.0.1");
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/api");
        other.setRemoteAddr("10.0.0.2");
        MockHttpServletResponse answer = new MockHttpServletResponse();
        filter.doFilter(first, answer, new MockFilterChain());
        assertThat(answer.getStatus()).isEqualTo(200);
        MockHttpServletResponse again = new MockHttpServletResponse();
        filter.doFilter(first, again, new MockFilterChain());
        assertThat(again.getStatus()).isEqualTo(429);
        assertThat(again.getHeader("Retry-After")).isNotNull();
        MockHttpServletResponse otherClient = new MockHttpServletResponse();
        filter.doFilter(other, otherClient, new MockFilterChain());
        assertThat(otherClient.getStatus()).isEqualTo(200);
        MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health/liveness");
        health.setRemoteAddr("10.0.0.1");
        MockHttpServletResponse probe = new MockHttpServletResponse();
        filter.doFilter(health, probe, new MockFilterChain());
        assertThat(probe.getStatus()).isEqualTo(200);
    }
</#if>
}
