package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.Design;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsContributorsTest {

    private static final String LIBRARY = "com/example/library/";
    private static final String SHOP = "com/acme/shop/";

    /** H2 in production, basic authentication, an integration with a body, path variables to rename, no breaker. */
    private static final String NOTES = """
            version: 1
            app: { name: notes, package: org.acme.notes, java: 21, database: h2 }
            entities:
              Note:
                fields:
                  text: { type: string, required: true }
            api:
              resources:
                Note: { operations: [list, get, create] }
            security:
              authentication: basic
              roles: [ADMIN]
              permissions:
                "*": { "list,get,create": [ADMIN] }
            integrations:
              mailer:
                baseUrl: http://mail.internal:8025
                timeoutMs: 750
                retries: 1
                operations:
                  send: { method: POST, path: "/messages" }
                  status: { method: GET, path: "/messages/{message-id}/parts/{class}" }
            """;

    private static List<String> names(ProjectView project) {
        return project.getEnvironment().stream().map(EnvironmentVariable::name).toList();
    }

    @Test
    void a_design_without_authentication_and_integrations_should_generate_none_of_their_machinery() {
        Map<String, String> files = Fixtures.render(Fixtures.combinations());

        assertThat(files.keySet()).noneMatch(path -> path.contains("/integration/"));
        assertThat(files.get("pom.xml")).doesNotContain("resilience4j", "wiremock");
        assertThat(files.get("src/main/resources/application.yaml")).doesNotContain("integrations:", "base-url");
        assertThat(files.get("README.md")).doesNotContain("## Integrations", "JWT_SECRET", "ADMIN_PASSWORD");
        files.forEach((path, text) -> assertThat(text).as(path).doesNotContain("JWT_SECRET", "ADMIN_USERNAME",
                "_BASE_URL", "Resilience", "WireMock"));
    }

    @Test
    void the_library_design_should_get_a_client_per_integration_with_the_designs_settings() {
        Map<String, String> files = Fixtures.render(Fixtures.library());
        String client = files.get("src/main/java/" + LIBRARY + "integration/IsbnLookupClient.java");

        assertThat(client).contains("public JsonNode lookup(String isbn) {", "Duration.ofMillis(2000)", "RETRIES = 2;",
                ".uri(\"/isbn/{isbn}\", Map.of(\"isbn\", isbn))", "return retried(\"lookup\"",
                "CircuitBreaker.decorateSupplier(breaker, request)", "@Value(\"${integrations.isbn-lookup.base-url}\")");
        assertThat(files).containsKeys("src/main/java/" + LIBRARY + "integration/IntegrationException.java",
                "src/main/java/" + LIBRARY + "integration/Resilience.java",
                "src/test/java/" + LIBRARY + "integration/IsbnLookupClientTest.java");
        assertThat(files.get("src/test/java/" + LIBRARY + "integration/IsbnLookupClientTest.java")).contains(
                "void lookup_returns_the_services_answer()", "void a_5xx_answer_is_retried_and_a_later_success_returned()",
                "void an_answer_slower_than_the_designs_timeout_fails_without_waiting_for_it()",
                "void the_circuit_breaker_opens_after_repeated_failures_and_stops_calling_the_service()",
                "urlPathEqualTo(\"/isbn/isbn-1\")");
        assertThat(files.get("src/main/resources/application.yaml"))
                .contains("  isbn-lookup:\n    base-url: ${ISBN_LOOKUP_BASE_URL:https://isbn.example.org}\n");
        assertThat(files.get("pom.xml")).contains("<artifactId>resilience4j-retry</artifactId>\n      <version>2.4.0</version>",
                "<artifactId>resilience4j-circuitbreaker</artifactId>",
                "<artifactId>wiremock-standalone</artifactId>\n      <version>3.13.2</version>\n      <scope>test</scope>");
    }

    @Test
    void an_integration_should_send_writes_once_and_name_path_variables_as_java_parameters() {
        Map<String, String> files = Fixtures.render(Fixtures.design(NOTES));
        String client = files.get("src/main/java/org/acme/notes/integration/MailerClient.java");
        String test = files.get("src/test/java/org/acme/notes/integration/MailerClientTest.java");

        assertThat(client).contains("public JsonNode send(Object body) {", "return once(\"send\"",
                ".contentType(MediaType.APPLICATION_JSON).body(body)",
                "public JsonNode status(String messageId, String value2) {",
                ".uri(\"/messages/{messageId}/parts/{value2}\", Map.of(\"messageId\", messageId, \"value2\", value2))",
                "return retried(\"status\"", "Duration.ofMillis(750)")
                .doesNotContain("CircuitBreaker");
        assertThat(test).contains("urlPathEqualTo(\"/messages/messageId-1/parts/value2-1\")", "getRequestedFor",
                "withRequestBody(equalToJson(").doesNotContain("circuit_breaker");
    }

    @Test
    void the_environment_model_should_follow_the_design() {
        ProjectView library = Fixtures.view(Fixtures.library());
        assertThat(names(library)).containsExactly("SPRING_PROFILES_ACTIVE", "SERVER_PORT", "DATABASE_URL", "DATABASE_USERNAME",
                "DATABASE_PASSWORD", "DATABASE_POOL_SIZE", "DATABASE_POOL_TIMEOUT_MS", "LOG_FORMAT", "SHUTDOWN_TIMEOUT",
                "CACHE_SPEC", "JWT_SECRET", "ADMIN_USERNAME", "ADMIN_PASSWORD", "ISBN_LOOKUP_BASE_URL");
        assertThat(library.getRequiredInProduction()).extracting(EnvironmentVariable::name)
                .containsExactly("DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD", "JWT_SECRET");
        assertThat(library.getEnvironment()).filteredOn(EnvironmentVariable::secret).extracting(EnvironmentVariable::name)
                .containsExactly("DATABASE_PASSWORD", "JWT_SECRET", "ADMIN_PASSWORD");

        ProjectView shop = Fixtures.view(Fixtures.combinations());
        assertThat(names(shop)).doesNotContain("JWT_SECRET", "ADMIN_USERNAME", "ADMIN_PASSWORD").contains("CACHE_SPEC")
                .noneMatch(name -> name.endsWith("_BASE_URL"));

        ProjectView notes = Fixtures.view(Fixtures.design(NOTES));
        assertThat(names(notes)).contains("ADMIN_USERNAME", "ADMIN_PASSWORD", "MAILER_BASE_URL")
                .doesNotContain("JWT_SECRET", "CACHE_SPEC");
        // H2 in production: a file database needs no user or password, but still a URL.
        assertThat(notes.getRequiredInProduction()).extracting(EnvironmentVariable::name).containsExactly("DATABASE_URL");
    }

    @Test
    void every_environment_variable_should_be_in_the_readme_env_example_and_the_production_check() {
        ProjectView project = Fixtures.view(Fixtures.library());
        Map<String, String> files = Fixtures.render(Fixtures.library());
        String example = files.get(".env.example");
        String readme = files.get("README.md");
        String check = files.get("src/main/java/" + LIBRARY + "common/ProductionEnvironment.java");
        String required = check.substring(check.indexOf("REQUIRED = List.of("), check.indexOf(");", check.indexOf("REQUIRED")));

        for (EnvironmentVariable variable : project.getEnvironment()) {
            String name = variable.name();
            assertThat(readme).contains("| `" + name + "` |");
            assertThat(example).containsPattern("(?m)^(# )?" + name + "=");
            if (variable.secret()) {
                assertThat(example).as(name + " is a secret").containsPattern("(?m)^" + name + "=$");
            }
            assertThat(required.contains("\"" + name + "\"")).as(name).isEqualTo(variable.requiredInProduction());
        }
        assertThat(example).contains("DATABASE_URL=jdbc:postgresql://db:5432/library", "SPRING_PROFILES_ACTIVE=prod",
                "# SERVER_PORT=8080", "# LOG_FORMAT=\n");
        assertThat(readme).contains("| `JWT_SECRET` | key that signs access tokens, at least 32 bytes; make one with"
                + " `openssl rand -base64 48` (secret: never commit it) | none | yes |");
        assertThat(files.get(".gitignore")).contains(".env\n");
        assertThat(files.get(".dockerignore")).contains(".env\n", "target/\n");
        assertThat(files.get("src/main/resources/META-INF/spring.factories")).contains(
                "org.springframework.boot.EnvironmentPostProcessor=com.example.library.common.ProductionEnvironment");
    }

    @Test
    void the_dockerfile_should_build_in_stages_and_run_as_a_non_root_user_with_a_health_check() {
        String dockerfile = Fixtures.render(Fixtures.library()).get("Dockerfile");
        String runStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(dockerfile).contains("FROM maven:3.9-eclipse-temurin-17 AS build\n",
                "javac -d /build/healthcheck src/main/docker/HealthCheck.java");
        assertThat(runStage).startsWith("\nFROM eclipse-temurin:17-jre\n").contains("\nUSER 10001:10001\n",
                "\nHEALTHCHECK ", "\"HealthCheck\"]", "SPRING_PROFILES_ACTIVE=prod", "ENTRYPOINT [\"java\"")
                .doesNotContain("curl", "wget", "USER root");
        assertThat(runStage.indexOf("USER 10001")).isLessThan(runStage.indexOf("ENTRYPOINT"));
        // class-data sharing: trained before the prod profile is set, used with the same heap flags
        assertThat(runStage).contains("-Djarmode=tools -jar /tmp/app.jar extract --destination /app",
                "-XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh",
                "\"-Xmx96m\", \"-Xss512k\", \"-XX:+UseSerialGC\"", "\"-XX:SharedArchiveFile=/app/app.jsa\"");
        assertThat(runStage.indexOf("ArchiveClassesAtExit")).isLessThan(runStage.indexOf("SPRING_PROFILES_ACTIVE=prod"));
        assertThat(Fixtures.render(Fixtures.design(NOTES)).get("Dockerfile")).contains("FROM eclipse-temurin:21-jre\n",
                "mkdir /data && chown app:app /data");
    }

    @Test
    void compose_should_start_the_application_once_its_production_database_is_healthy() {
        String postgres = Fixtures.render(Fixtures.library()).get("compose.yaml");
        assertThat(postgres).contains("  db:\n    image: postgres:17\n", "POSTGRES_DB: library",
                "POSTGRES_PASSWORD: ${DATABASE_PASSWORD:?set DATABASE_PASSWORD in .env}", "pg_isready",
                "  app:\n    build: .\n", "env_file: .env", "SPRING_PROFILES_ACTIVE: prod",
                "DATABASE_URL: ${DATABASE_URL:-jdbc:postgresql://db:5432/library}",
                "    depends_on:\n      db:\n        condition: service_healthy\n");

        String mysql = Fixtures.render(Fixtures.combinations()).get("compose.yaml");
        assertThat(mysql).contains("image: mysql:8.4", "MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"", "mysqladmin ping",
                "DATABASE_URL: ${DATABASE_URL:-jdbc:mysql://db:3306/shop}", "condition: service_healthy");

        String h2 = Fixtures.render(Fixtures.design(NOTES)).get("compose.yaml");
        assertThat(h2).doesNotContain("  db:", "depends_on").contains("app-data:/data",
                "DATABASE_URL: ${DATABASE_URL:-jdbc:h2:file:/data/notes}");
    }

    @Test
    void cached_resources_should_get_caffeine_and_a_test_of_the_cached_read_and_its_eviction() {
        Map<String, String> library = Fixtures.render(Fixtures.library());
        assertThat(library.get("src/main/resources/application.yaml")).contains("    type: caffeine\n",
                "    cache-names: books\n", "spec: ${CACHE_SPEC:maximumSize=10000,expireAfterWrite=10m,recordStats}");
        assertThat(library.get("pom.xml")).contains("<artifactId>caffeine</artifactId>");
        assertThat(library.get("src/test/java/" + LIBRARY + "book/BookCacheTest.java")).contains(
                "void a_second_read_is_answered_from_the_cache()", "void an_update_evicts_the_cached_read()",
                "void a_delete_evicts_the_cached_read()", "UPDATE book SET version = ?",
                "void no_read_after_a_write_answers_an_older_version()", "service.update(id, versionInTheDatabase(id), body)");
        assertThat(library.get("src/main/java/" + LIBRARY + "book/BookService.java"))
                .contains("@Cacheable(cacheNames = \"books\", key = \"#p0\", sync = true)");
        assertThat(library.get("src/main/java/" + LIBRARY + "common/CachingConfiguration.java"))
                .contains("@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)", "new CommittedReadCaches(caches)");
        assertThat(library).containsKeys("src/main/java/" + LIBRARY + "common/CommittedReadCache.java",
                "src/test/java/" + LIBRARY + "common/CommittedReadCacheTest.java");
        assertThat(library.keySet()).doesNotContain("src/test/java/" + LIBRARY + "author/AuthorCacheTest.java");
        assertThat(Fixtures.render(Fixtures.combinations()).get("src/test/java/" + SHOP + "user/UserCacheTest.java"))
                .contains("UPDATE user_ SET version = ?");

        Map<String, String> notes = Fixtures.render(Fixtures.design(NOTES));
        assertThat(notes.get("pom.xml")).doesNotContain("caffeine");
        assertThat(notes.keySet()).noneMatch(path -> path.contains("CommittedReadCache"));
        assertThat(notes.get("src/main/resources/application.yaml")).doesNotContain("cache");
    }

    @Test
    void every_project_should_get_request_ids_health_groups_graceful_shutdown_and_their_tests() {
        Map<String, String> files = Fixtures.render(Fixtures.combinations());
        String yaml = files.get("src/main/resources/application.yaml");

        assertThat(yaml).contains("  shutdown: graceful\n", "timeout-per-shutdown-phase: ${SHUTDOWN_TIMEOUT:30s}",
                "          include: readinessState,db\n", "    level: \"%5p [%X{requestId:-}]\"\n",
                "      console: ${LOG_FORMAT:}\n", "maximum-pool-size: ${DATABASE_POOL_SIZE:10}");
        assertThat(files).containsKeys("src/main/java/" + SHOP + "common/RequestIdFilter.java",
                "src/test/java/" + SHOP + "common/RequestIdFilterTest.java",
                "src/test/java/" + SHOP + "common/ProductionEnvironmentTest.java",
                "src/test/java/" + SHOP + "OperationsTest.java");
        assertThat(files.get("src/test/java/" + SHOP + "OperationsTest.java"))
                .contains("cache_gets_total{cache=\\\"users\\\"", "\"/api/v1/no-such-resource\"");
    }

    @Test
    void path_variables_should_become_usable_java_names() {
        assertThat(IntegrationView.CallView.parameterName("isbn", 0)).isEqualTo("isbn");
        assertThat(IntegrationView.CallView.parameterName("book-id", 0)).isEqualTo("bookId");
        assertThat(IntegrationView.CallView.parameterName("Book_ID", 0)).isEqualTo("bookID");
        assertThat(IntegrationView.CallView.parameterName("class", 2)).isEqualTo("value3");
        assertThat(IntegrationView.CallView.parameterName("1st", 0)).isEqualTo("value1");
        assertThat(IntegrationView.CallView.parameterName("", 0)).isEqualTo("value1");
        assertThat(IntegrationView.CallView.parameterName("body", 0)).isEqualTo("value1");
    }
}
