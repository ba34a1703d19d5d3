package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The per-client rate limit over real HTTP, with a limit of 3 per minute instead of the design's
 * ${project.security.rateLimitRequests?c} per ${project.security.rateLimitPeriod} so that the test is quick: the fourth request is refused
 * with 429 and a Retry-After, and health probes are never limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.rate-limit.requests=3", "app.rate-limit.period=1m"})
class RateLimitHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${r"${local.server.port}"}")
    private int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_request_over_the_limit_is_429_with_retry_after() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/v3/api-docs").statusCode()).isNotEqualTo(429);
        }
        HttpResponse<String> refused = get("/v3/api-docs");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }
}
