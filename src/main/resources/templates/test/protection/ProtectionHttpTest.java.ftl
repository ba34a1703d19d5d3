<#import "../../common/layout.ftl" as layout>
package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;

<#if project.security.enabled>
import ${project.packageName}.security.TestUsers;
</#if>
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
<#assign probe = project.exposedEntities?filter(x -> x.list || x.get)?first!>
<#-- an id no test creates (identities start at 1), so the read is a 404 whatever ran before -->
<#assign probePath = probe?has_content?then(probe.path + probe.list?then("", "/9223372036854775807"), "/v3/api-docs")>
<#assign probeStatus = (probe?has_content && !probe.list)?then(404, 200)>
<#assign guarded = {}>
<#assign refused = {}>
<#list project.exposedEntities as x>
<#list x.access as a>
<#if !guarded?has_content && !a.public>
<#assign guarded = {"method": a.httpMethod, "path": x.path + a.onItem?then("/1", ""), "op": x.name + " " + a.name}>
</#if>
<#if !refused?has_content && a.refusedRoles?has_content>
<#assign refused = {"method": a.httpMethod, "path": x.path + a.onItem?then("/1", ""), "op": x.name + " " + a.name, "role": a.refusedRoles[0]}>
</#if>
</#list>
</#list>
<#if !guarded?has_content && project.security.enabled>
<#assign guarded = {"method": "POST", "path": project.security.authPath + "/users", "op": "user creation"}>
</#if>

<@layout.doc indent=0 text="What a client and a browser see over real HTTP: " + project.security.enabled?then("401 without credentials, 403 for a role the matrix refuses, a real sign-in, ", "") + "the security headers on every answer, " + project.security.cors?then("CORS for the design's origins only, ", "") + "413 for a body over the limit, and a problem detail for whatever the server refuses, whichever layer refuses it."/>
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProtectionHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${r"${local.server.port}"}")
    private int port;
<#if project.security.enabled>

    @Autowired
    private TestUsers users;
</#if>

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path) {
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body);
    }

    /**
     * Sends a request exactly as written, which Java's HTTP client would refuse to (an encoded slash, a
     * character not allowed in a request line), and returns the whole answer as text.
     */
    private String raw(String requestLine, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A problem detail of {@code status}, without a trace of the server's internals. */
    private static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ")
                .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                .contains("\"status\":" + status)
                .doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("<html");
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
<#if guarded?has_content>

    @Test
    void without_credentials_${guarded.op?replace(" ", "_")?lower_case}_is_401_with_a_challenge()
            throws Exception {
        HttpResponse<String> answer = send(request("${guarded.method}", "${guarded.path}"));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("<#if project.security.jwt>Bearer<#else>Basic</#if>"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertSecurityHeaders(answer);
    }
</#if>
<#if refused?has_content>

    @Test
    void role_${refused.role?lower_case}_gets_403_for_${refused.op?replace(" ", "_")?lower_case}_before_its_body_is_read()
            throws Exception {
        HttpResponse<String> answer = send(request("${refused.method}", "${refused.path}")
                .header("Authorization", users.authorization("${refused.role}")));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
</#if>
<#if project.security.jwt>

    @Test
    void a_user_signs_in_for_a_token_and_uses_it() throws Exception {
        TestUsers.Credentials user = users.create(<#list project.security.roles as r>"${r}"<#sep>, </#sep></#list>);
        String credentials = "{\"username\": \"" + user.username() + "\", \"password\": \"" + user.password() + "\"}";
        HttpResponse<String> token = send(request("POST", "${project.security.authPath}/token")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> answer = send(request("GET", "${probePath}")
                .header("Authorization", "Bearer " + accessToken));
        assertThat(answer.statusCode()).isEqualTo(${probeStatus});
        assertSecurityHeaders(answer);
        HttpResponse<String> forged = send(request("GET", "${probePath}")
                .header("Authorization", "Bearer " + accessToken + "x"));
        assertThat(forged.statusCode()).isEqualTo(401);
    }
<#elseif project.security.basic>

    @Test
    void a_user_signs_in_with_basic_credentials() throws Exception {
        TestUsers.Credentials user = users.create(<#list project.security.roles as r>"${r}"<#sep>, </#sep></#list>);
        HttpResponse<String> answer = send(request("GET", "${probePath}")
                .header("Authorization", user.basic()));
        assertThat(answer.statusCode()).isEqualTo(${probeStatus});
        assertSecurityHeaders(answer);
        TestUsers.Credentials wrong = new TestUsers.Credentials(user.username(), user.password() + "x");
        HttpResponse<String> refused = send(request("GET", "${probePath}")
                .header("Authorization", wrong.basic()));
        assertThat(refused.statusCode()).isEqualTo(401);
    }
<#else>

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        assertSecurityHeaders(send(request("GET", "${probePath}")));
    }
</#if>

    @Test
    void a_body_over_the_limit_is_413_before_anything_reads_it() throws Exception {
        String big = "{\"padding\": \"" + "x".repeat(1024 * 1024 + 1) + "\"}";
        HttpResponse<String> answer = send(request("POST", "${probe?has_content?then(probe.path, "/anything")}")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertSecurityHeaders(answer);
    }

    @Test
    void what_tomcat_refuses_before_the_application_sees_it_is_a_400_problem() throws Exception {
        // An encoded slash, a character not allowed in a request line, headers over Tomcat's 8 KB.
        assertProblem(raw("GET ${project.basePath?remove_ending("/")}/a%2Fb HTTP/1.1"), 400);
        assertProblem(raw("GET ${project.basePath?remove_ending("/")}/a{b HTTP/1.1"), 400);
        assertProblem(raw("GET ${probePath} HTTP/1.1", "X-Padding: " + "x".repeat(64 * 1024)), 400);
    }

    @Test
    void what_the_servlet_layer_refuses_is_a_problem_too() throws Exception {
<#if project.security.enabled>
        // Spring Security's firewall: a path that climbs out of its folder, a path parameter.
        assertProblem(raw("GET ${project.basePath?remove_ending("/")}/a/../b HTTP/1.1"), 400);
        assertProblem(raw("GET ${project.basePath?remove_ending("/")}/a;b=c HTTP/1.1"), 400);
</#if>
        assertProblem(raw("TRACE ${probePath} HTTP/1.1"), 405);
        // Asked for directly, the error page is just a path the API does not have.
        assertProblem(raw("GET /error HTTP/1.1"), 404);
    }
<#if probe?has_content && probe.list>

    @Test
    void a_query_string_that_is_not_utf_8_is_400() throws Exception {
<#if project.security.enabled>
        String answer = raw("GET ${probe.path}?page=%FF%FE HTTP/1.1",
                "Authorization: " + users.authorization(${project.security.roleLiterals}));
<#else>
        String answer = raw("GET ${probe.path}?page=%FF%FE HTTP/1.1");
</#if>
        assertProblem(answer, 400);
        assertThat(answer).contains("percent-encoded characters must be UTF-8");
    }
</#if>
<#if project.security.cors>

    @Test
    void a_browser_on_an_allowed_origin_may_call_and_others_may_not() throws Exception {
        String origin = "${project.security.corsOrigins[0]?replace("*", "https://any.example")}";
        URI preflight = URI.create("http://localhost:" + port + "${probePath}");
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(preflight)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
<#if !project.security.corsOrigins?seq_contains("*")>
        HttpResponse<String> refused = send(HttpRequest.newBuilder(preflight)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
</#if>
    }
</#if>
}
