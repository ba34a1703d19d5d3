<#import "../common/layout.ftl" as layout>
package ${project.packageName}.bench;

import ${project.packageName}.${project.applicationClass};
import ${project.packageName}.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The design's performance targets, measured over real HTTP: the application starts once per JMH
 * fork on a free port, and each call is timed from request to full answer (SampleTime, so p95 and
 * p99 are known). {@code builder:benchmark} (bound in verify) holds every endpoint to its
 * {@code p95Ms} and {@code minRps}: the {@code endpoint} parameter names the design entry.
 *
 * <p>Run alone: {@code mvn verify -Dbuilder.benchmark.includes=EndpointBenchmark} (the other gates run
 * too), or from an IDE with JMH's runner.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EndpointBenchmark {

    /** The administrator the application creates on its first start, with a password made up for this run. */
    private static final String ADMIN = "bench-admin";
<#if project.security.enabled>
    /** The user the calls run as: it holds every role, so whoever the permission matrix names, the call is allowed. */
    private static final String CALLER = "bench-caller";
</#if>

<@layout.wrapped indent=4 head="@Param({" args=project.benchmarks?map(b -> '"' + b.endpoint + '"') tail="})"/>
    public String endpoint;

    private ConfigurableApplicationContext application;
    private HttpClient http;
    private JsonMapper json;
    private String base;
    private String authorization;
    private String path;
    private Supplier<Map<String, Object>> body;

    @Setup(Level.Trial)
    public void start() throws Exception {
        String password = password();
        application = SpringApplication.run(${project.applicationClass}.class,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--app.rate-limit.enabled=false",
                "--app.security.admin.username=" + ADMIN,
                "--app.security.admin.password=" + password);
        base = "http://localhost:" + application.getEnvironment().getRequiredProperty("local.server.port");
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        json = application.getBean(JsonMapper.class);
        TestData data = application.getBean(TestData.class);
        authorization = signIn(ADMIN, password);
<#if project.security.enabled>
        createCaller(password);
        authorization = signIn(CALLER, password);
</#if>
        switch (endpoint) {
<#list project.benchmarks as b>
<#assign e = b.entity>
<#if b.create>
            case "${b.endpoint}" -> {
                path = "${e.path}";
                body = data::${e.varName}Body;
            }
<#elseif b.item>
<#if e.create && (12 + ('case "' + b.endpoint + '" -> path = "' + e.path + '/" + created("' + e.path + '", data.' + e.varName + 'Body());')?length) <= 120>
            case "${b.endpoint}" -> path = "${e.path}/" + created("${e.path}", data.${e.varName}Body());
<#elseif e.create>
            case "${b.endpoint}" -> {
                String collection = "${e.path}";
                path = collection + "/" + created(collection, data.${e.varName}Body());
            }
<#else>
            case "${b.endpoint}" -> path = "${e.path}/" + data.${e.varName}().getId();
</#if>
<#else>
            case "${b.endpoint}" -> path = "${e.path}";
</#if>
</#list>
            default -> throw new IllegalStateException(
                    "No set-up for " + endpoint + "; regenerate the benchmark from design.yaml.");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (application != null) {
            application.close();
        }
    }

    /** One call; anything but a 2xx answer stops the benchmark (a fast error is no result). */
    @Benchmark
    public int call() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body.get())));
        }
        HttpResponse<byte[]> answer = send(request);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    endpoint + " answered " + answer.statusCode() + ": " + new String(answer.body()));
        }
        return answer.statusCode();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Creates one record over HTTP and answers its id. */
    private long created(String collection, Map<String, Object> record) throws Exception {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(URI.create(base + collection))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(record))));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST " + collection + " answered " + answer.statusCode() + ": " + new String(answer.body()));
        }
        return json.readTree(answer.body()).get("id").asLong();
    }

<#if project.security.enabled>
    /** The administrator creates the caller with every role of the design. */
    private void createCaller(String password) throws Exception {
        List<String> roles = List.of(${project.security.roleLiterals});
        Map<String, Object> user = Map.of("username", CALLER, "password", password, "roles", roles);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "${project.security.authPath}/users"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(user)))
                .build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST ${project.security.authPath}/users answered " + answer.statusCode());
        }
    }

</#if>
    /** The Authorization header of {@code user} (${project.authentication} authentication), or null. */
    private String signIn(String user, String password) throws Exception {
<#if project.authentication == "jwt">
        String credentials = json.writeValueAsString(Map.of("username", user, "password", password));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "${project.security.authPath}/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build();
        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST ${project.security.authPath}/token answered " + answer.statusCode());
        }
        return "Bearer " + json.readTree(answer.body()).get("access_token").asText();
<#elseif project.authentication == "basic">
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
<#else>
        return null;
</#if>
    }

    /** 24 random letters and digits, new for every run: no secret in the repository. */
    private static String password() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
