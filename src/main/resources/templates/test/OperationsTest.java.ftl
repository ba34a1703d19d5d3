package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import ${project.packageName}.common.CapturedLog;
import ${project.packageName}.common.RequestIdFilter;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What an operator relies on, over real HTTP: request ids echoed and in the (JSON) logs, readiness
 * that follows the database while liveness does not, and the Prometheus metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LOG_FORMAT=ecs", "logging.level.${project.packageName}.common.RequestIdFilter=debug"})
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${r"${local.server.port}"}")
    private int port;

    @MockitoSpyBean
    private DataSource dataSource;

    @Autowired
    private PrometheusMeterRegistry prometheus;

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (requestId != null) {
            request.header(RequestIdFilter.HEADER, requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_request_id_from_the_caller_is_echoed_and_in_the_json_log_line_of_the_request(CapturedOutput output)
            throws Exception {
        HttpResponse<String> answer = get("/actuator/health/liveness", "ops-check-42");

        assertThat(answer.headers().firstValue(RequestIdFilter.HEADER)).hasValue("ops-check-42");
        assertThat(linesWith(output, "\"requestId\":\"ops-check-42\""))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith("{")
                        .endsWith("}")
                        .contains("GET /actuator/health/liveness -> 200"));
    }

    /** The log lines containing {@code text}; the request's line may follow its answer by a moment. */
    private static List<String> linesWith(CapturedOutput output, String text) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> lines = output.getOut().lines().filter(line -> line.contains(text)).toList();
            if (!lines.isEmpty()) {
                return lines;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    @Test
    void without_a_request_id_one_is_created_and_echoed_on_every_answer() throws Exception {
        String unknown = "${project.basePath?remove_ending("/")}/no-such-resource";
        for (String path : new String[] {"/actuator/health/liveness", unknown}) {
            String id = get(path, null).headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        }
        String replaced = get("/actuator/health/liveness", "bad id\twith spaces").headers()
                .firstValue(RequestIdFilter.HEADER).orElseThrow();
        assertThat(UUID.fromString(replaced).toString()).isEqualTo(replaced);
    }

    @Test
    void readiness_follows_the_database_and_liveness_does_not() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"db\"");

        // The outage is provoked: the health check's warning (with its stack trace) is collected, not printed.
        List<ILoggingEvent> warnings;
        doThrow(new SQLException("database unreachable")).when(dataSource).getConnection();
        try (CapturedLog log = CapturedLog.of(DataSourceHealthIndicator.class)) {
            HttpResponse<String> notReady = get("/actuator/health/readiness", null);
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("DOWN").doesNotContain("database unreachable");
            // A database outage is no reason to restart the application.
            assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
            warnings = log.events();
        } finally {
            reset(dataSource);
        }
        // The operator learns why readiness is down.
        assertThat(warnings).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_cover_http_requests_the_connection_pool_and_the_jvm() throws Exception {
        get("/actuator/health/liveness", null);

        assertThat(prometheus.scrape()).contains(
                "http_server_requests_seconds_count",
                "hikaricp_connections_max",
                "jvm_memory_used_bytes"<#if project.caching><#list project.cacheNames as c>,
                "cache_gets_total{cache=\"${c}\""</#list></#if>);
    }

    @Test
    void a_request_is_timed_once_not_once_per_security_filter() throws Exception {
        get("/actuator/health/liveness", null);

        String metrics = prometheus.scrape();
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        assertThat(metrics).doesNotContain("spring_security_");
    }
}
