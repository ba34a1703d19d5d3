<#import "../../common/layout.ftl" as layout>
package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import ${project.packageName}.common.ApiProblems;
import ${project.packageName}.common.CapturedLog;
import ${project.packageName}.common.DatabaseOutage;
<#if project.security.enabled>
import ${project.packageName}.security.SecurityProblems;
import ${project.packageName}.security.TestUsers;
</#if>
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
<#assign probe = project.exposedEntities?filter(x -> x.list || x.get)?first!>
<#-- a read that needs the database: a page, or an id no test creates (a 404 the database must answer) -->
<#if probe?has_content>
<#assign probeMethod = "GET">
<#assign probePath = probe.path + probe.list?then("", "/9223372036854775807")>
<#assign probeStatus = probe.list?then(200, 404)>
<#else>
<#assign probeMethod = "POST">
<#assign probePath = project.security.authPath + "/users">
<#assign probeStatus = 201>
</#if>

<@layout.doc indent=0 text="The database goes away under the running application, for real: it runs as an H2 server on files of its own, which the test stops and starts again. Meanwhile every request that needs it is answered 503 with Retry-After, within the pool's connection timeout" + project.security.jwt?then(", the token endpoint too (not 401: the password may be right)", "") + "; readiness is down; and once the database is back the application serves again without a restart."/>
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageTest {

    private static final int DATABASE_PORT = freePort();

    /** The database's files: they outlive the server, as a real database's do. */
    @TempDir
    static Path files;

    private static Process database;

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${r"${local.server.port}"}")
    private int port;

    @Autowired
    private HikariDataSource pool;
<#if project.security.enabled>

    @Autowired
    private TestUsers users;
</#if>

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + DATABASE_PORT + "/outage");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the database server", e);
        }
    }

    /**
     * The H2 server runs in a process of its own, so that stopping it is what stopping a database
     * server is: its connections break, and a new server opens the same files afterwards.
     */
    @BeforeAll
    static void startDatabase() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String h2 = Path.of(Server.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        database = new ProcessBuilder(java, "-cp", h2, Server.class.getName(), "-tcp", "-tcpPort",
                String.valueOf(DATABASE_PORT), "-baseDir", files.toString(), "-ifNotExists")
                .redirectErrorStream(true).redirectOutput(files.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Socket probe = new Socket("localhost", DATABASE_PORT)) {
                return;
            } catch (IOException notYet) {
                if (!database.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the H2 server did not start; see " + files.resolve("server.log"));
                }
                Thread.sleep(50);
            }
        }
    }

    /** Like stopping a database service: the server shuts down cleanly and every connection breaks. */
    @AfterAll
    static void stopDatabase() throws InterruptedException {
        database.destroy();
        database.waitFor();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requests_needing_the_database_get_a_prompt_503_while_it_is_down_and_succeed_once_it_is_back()
            throws Exception {
<#if project.security.enabled>
        String authorization = users.authorization(${project.security.roleLiterals});
<#if project.security.jwt>
        TestUsers.Credentials signIn = users.create(${project.security.roleLiterals});
        String tokenRequest = "{\"username\":\"" + signIn.username() + "\",\"password\":\"" + signIn.password() + "\"}";
</#if>
<#else>
        String authorization = null;
</#if>
<#if probeMethod == "POST">
        String body = "{\"username\":\"outage-check\",\"password\":\"a-long-enough-password\",\"roles\":[\"ADMIN\"]}";
<#else>
        String body = null;
</#if>
        assertThat(send("${probeMethod}", "${probePath}", authorization, body).statusCode()).isEqualTo(${probeStatus?c});

        // What the pool, the health check and the API log about the outage is collected, not printed.
        try (CapturedLog log = CapturedLog.of("com.zaxxer.hikari", "org.hibernate", "org.springframework.orm.jpa",
                DataSourceHealthIndicator.class.getName(),
                ApiProblems.class.getName()<#if project.security.enabled>, SecurityProblems.class.getName()</#if>)) {
            try {
                stopDatabase();
                long started = System.nanoTime();
                HttpResponse<String> refused = send("${probeMethod}", "${probePath}", authorization, body);
                Duration waited = Duration.ofNanos(System.nanoTime() - started);

                assertUnavailable(refused);
                // The pool's connection timeout bounds the wait; the rest is slack for a busy build machine.
                assertThat(waited).isLessThan(Duration.ofMillis(pool.getConnectionTimeout()).plusSeconds(5));
<#if project.security.jwt>
                assertUnavailable(send("POST", "${project.security.authPath}/token", null, tokenRequest));
</#if>
                assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(503);
                assertThat(send("GET", "/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
                // The operator learns why, in one line per answer rather than a stack trace each.
                assertThat(log.events()).anySatisfy(event -> {
                    assertThat(event.getFormattedMessage()).startsWith("Database unavailable, ");
                    assertThat(event.getThrowableProxy()).isNull();
                });
            } finally {
                startDatabase();
            }
            // The first requests after the restart may still meet broken connections: their 503s are logged here too.
            assertThat(statusOnceRecovered("${probeMethod}", "${probePath}", authorization, body))
                    .isEqualTo(${probeStatus?c});
        }
        assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
<#if project.security.jwt>
        assertThat(send("POST", "${project.security.authPath}/token", null, tokenRequest).statusCode()).isEqualTo(200);
</#if>
    }

    private static void assertUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":503", DatabaseOutage.DETAIL)
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("jdbc");
    }

    /** The pool replaces its broken connections on demand: the first requests after the outage may still fail. */
    private int statusOnceRecovered(String method, String path, String authorization, String body) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            status = send(method, path, authorization, body).statusCode();
            if (status != 503) {
                return status;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return status;
    }
}
