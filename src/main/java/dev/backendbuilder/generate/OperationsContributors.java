package dev.backendbuilder.generate;

import java.util.List;
import java.util.Map;

/**
 * Contributors of the operational side of the generated backend: request ids, the production
 * start-up check, integration clients and the deployment files, each with its tests.
 */
final class OperationsContributors {

    private static final String MAIN = "src/main/java/";
    private static final String TEST = "src/test/java/";

    /** The templates these contributors use (part of {@link Contributors#TEMPLATES}). */
    static final List<String> TEMPLATES = List.of(
            "ops/DatabaseOutage.java.ftl", "ops/ProductionEnvironment.java.ftl", "ops/ProductionEnvironmentFailureAnalyzer.java.ftl",
            "ops/RequestIdFilter.java.ftl", "ops/spring.factories.ftl",
            "integration/Client.java.ftl", "integration/IntegrationException.java.ftl", "integration/Resilience.java.ftl",
            "deploy/Dockerfile.ftl", "deploy/HealthCheck.java.ftl", "deploy/compose.yaml.ftl", "deploy/dockerignore.ftl",
            "deploy/env.example.ftl",
            "test/CacheTest.java.ftl", "test/OperationsTest.java.ftl", "test/ops/DatabaseOutageTest.java.ftl", "test/ops/ProductionEnvironmentTest.java.ftl",
            "test/ops/RequestIdFilterTest.java.ftl", "test/integration/ClientTest.java.ftl");

    private OperationsContributors() {
    }

    /** Request ids in every log line, the production profile's check of its variables, and their tests. */
    static void operations(ProjectView project, Contributor.Output out) {
        String common = MAIN + project.getPackagePath() + "/common/";
        String commonTests = TEST + project.getPackagePath() + "/common/";
        for (String name : List.of("DatabaseOutage", "ProductionEnvironment", "ProductionEnvironmentFailureAnalyzer",
                "RequestIdFilter")) {
            out.render(common + name + ".java", "ops/" + name + ".java.ftl", Map.of());
        }
        out.render("src/main/resources/META-INF/spring.factories", "ops/spring.factories.ftl", Map.of());
        out.render(commonTests + "ProductionEnvironmentTest.java", "test/ops/ProductionEnvironmentTest.java.ftl", Map.of());
        out.render(commonTests + "RequestIdFilterTest.java", "test/ops/RequestIdFilterTest.java.ftl", Map.of());
        out.render(TEST + project.getPackagePath() + "/OperationsTest.java", "test/OperationsTest.java.ftl", Map.of());
        if (project.isOutageTested()) {
            out.render(TEST + project.getPackagePath() + "/DatabaseOutageTest.java", "test/ops/DatabaseOutageTest.java.ftl",
                    Map.of());
        }
        for (EntityView entity : project.getExposedEntities()) {
            if (entity.isCached() && entity.isGet()) {
                out.render(TEST + entity.getPackagePath() + "/" + entity.getName() + "CacheTest.java", "test/CacheTest.java.ftl",
                        Map.of("e", entity));
            }
        }
    }

    /** Per integration a typed client with timeout, retries and circuit breaker, tested against a stub server. */
    static void integrations(ProjectView project, Contributor.Output out) {
        if (project.getIntegrations().isEmpty()) {
            return;
        }
        String main = MAIN + project.getPackagePath() + "/integration/";
        String test = TEST + project.getPackagePath() + "/integration/";
        out.render(main + "IntegrationException.java", "integration/IntegrationException.java.ftl", Map.of());
        out.render(main + "Resilience.java", "integration/Resilience.java.ftl", Map.of());
        for (IntegrationView integration : project.getIntegrations()) {
            Map<String, Object> model = Map.of("i", integration);
            out.render(main + integration.getClientClass() + ".java", "integration/Client.java.ftl", model);
            out.render(test + integration.getClientClass() + "Test.java", "test/integration/ClientTest.java.ftl", model);
        }
    }

    /** Container image, compose file with the production database, and the example environment. */
    static void deployment(ProjectView project, Contributor.Output out) {
        out.render("Dockerfile", "deploy/Dockerfile.ftl", Map.of());
        out.render(".dockerignore", "deploy/dockerignore.ftl", Map.of());
        out.render("compose.yaml", "deploy/compose.yaml.ftl", Map.of());
        out.render(".env.example", "deploy/env.example.ftl", Map.of());
        out.render("src/main/docker/HealthCheck.java", "deploy/HealthCheck.java.ftl", Map.of());
    }
}
