package ${project.packageName};

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
<#assign e = project.roundTripEntity!>
<#if e?has_content>
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
</#if>
<#if project.security.enabled>
import ${project.packageName}.security.TestUsers;
</#if>
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The packaged application on a random port, over real HTTP: what a client and an operator see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${r"${local.server.port}"}")
    private int port;
<#if project.security.enabled>

    @Autowired
    private TestUsers users;

    /** A user holding every role: this test is about behaviour, ProtectionHttpTest about who may. */
    private String authorization;

    @BeforeEach
    void signIn() {
        authorization = users.authorization(${project.security.roleLiterals});
    }
</#if>
<#if e?has_content>

    @Autowired
    private JsonMapper json;

    @Autowired
    private TestData data;

    @BeforeEach
    void startEmpty() {
        data.clear();
    }
</#if>

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
<#if project.security.enabled>
        request.header("Authorization", authorization);
</#if>
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void health_probes_and_api_docs_are_served() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/liveness"))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))).statusCode()).isEqualTo(200);
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")));
        assertThat(docs.statusCode()).isEqualTo(200);
<#list project.exposedEntities?filter(x -> x.operations?has_content) as x>
        assertThat(docs.body()).contains("\"${x.path}<#if !(x.list || x.create)>/{id}</#if>\"");
</#list>
    }

    @Test
    void an_unknown_path_is_a_404_problem_without_internals() throws Exception {
        String unknown = "${project.basePath?remove_ending("/")}/no-such-resource";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(unknown)));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("trace");
    }
<#if e?has_content>

    @Test
    void create_get_stale_update_and_delete_a_${e.varName}() throws Exception {
        String path = "${e.path}";
        Map<String, Object> body = data.${e.varName}Body();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(location).endsWith(path + "/" + id);

        HttpResponse<String> read = send(HttpRequest.newBuilder(uri(path + "/" + id)));
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");

        String replacement = json.writeValueAsString(data.${e.varName}Body());
        HttpResponse<String> updated = send(HttpRequest.newBuilder(uri(path + "/" + id))
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(replacement)));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");

        // A second writer still holding the first ETag must not overwrite the change.
        HttpResponse<String> stale = send(HttpRequest.newBuilder(uri(path + "/" + id))
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(replacement)));
        assertThat(stale.statusCode()).isEqualTo(412);
        JsonNode problem = json.readTree(stale.body());
        assertThat(problem.get("status").asInt()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(send(HttpRequest.newBuilder(uri(path + "/" + id)).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri(path + "/" + id))).statusCode()).isEqualTo(404);
    }
</#if>
}
