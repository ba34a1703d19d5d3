package dev.backendbuilder.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped contributors, in the order they run. */
public final class Contributors {

    private static final String MAIN = "src/main/java/";
    private static final String TEST = "src/test/java/";
    private static final String RESOURCES = "src/main/resources/";

    private static final List<String> DOMAIN_TEMPLATES = List.of(
            "common/ApiException.java.ftl", "common/ApiProblems.java.ftl", "common/CachingConfiguration.java.ftl",
            "common/CommittedReadCache.java.ftl", "test/common/CommittedReadCacheTest.java.ftl",
            "common/DatabaseConstraints.java.ftl", "common/ETags.java.ftl", "common/ErrorProblems.java.ftl",
            "common/FieldProblem.java.ftl", "common/JsonConfiguration.java.ftl", "common/MergePatch.java.ftl", "common/PageResponse.java.ftl", "common/Paging.java.ftl",
            "common/RepositoryConfiguration.java.ftl",
            "entity/Controller.java.ftl", "entity/Entity.java.ftl", "entity/Enum.java.ftl", "entity/Filter.java.ftl",
            "entity/Repository.java.ftl", "entity/Request.java.ftl", "entity/Response.java.ftl",
            "entity/Service.java.ftl", "entity/imports.ftl", "common/layout.ftl", "migration/V1__init.sql.ftl", "migration/schema.ftl", "migration/next.sql.ftl",
            "project/Application.java.ftl", "project/README.md.ftl", "project/application.yaml.ftl",
            "project/dependencies.xml.ftl", "project/gitignore.ftl", "project/plugins.xml.ftl", "project/pom.xml.ftl",
            "bench/EndpointBenchmark.java.ftl", "test/ApiTest.java.ftl", "test/ApplicationHttpTest.java.ftl", "test/ControllerTest.java.ftl",
            "test/ServiceTest.java.ftl", "test/TestData.java.ftl", "test/MigrationUpgradeTest.java.ftl", "test/FreshTestDatabase.java.ftl", "test/common/ApiProblemsTest.java.ftl", "test/common/CapturedLog.java.ftl",
            "test/common/DatabaseConstraintsTest.java.ftl", "test/common/ETagsTest.java.ftl",
            "test/common/JsonConfigurationTest.java.ftl", "test/common/RequestBodyProblemsTest.java.ftl",
            "test/common/MergePatchTest.java.ftl", "test/common/PagingTest.java.ftl",
            "security/AdministratorBootstrap.java.ftl", "security/AuthController.java.ftl",
            "security/SecurityConfiguration.java.ftl", "security/SecurityProblems.java.ftl", "security/TokenService.java.ftl",
            "security/UserAccount.java.ftl", "security/UserAccountRepository.java.ftl", "security/UserAccounts.java.ftl",
            "security/spotbugs-baseline.yaml.ftl",
            "protection/ProblemReportValve.java.ftl", "protection/ProblemWriter.java.ftl",
            "protection/RateLimitFilter.java.ftl",
            "protection/RequestSizeLimitFilter.java.ftl", "protection/SecurityHeadersFilter.java.ftl",
            "protection/WebProtectionConfiguration.java.ftl", "migration/V1_1__users.sql.ftl",
            "test/security/AdministratorBootstrapTest.java.ftl", "test/security/AuthApiTest.java.ftl",
            "test/security/PermissionTest.java.ftl", "test/security/TestUsers.java.ftl",
            "test/security/TokenServiceTest.java.ftl", "test/security/HttpFirewallTest.java.ftl", "test/protection/ProtectionFiltersTest.java.ftl",
            "test/protection/ProtectionHttpTest.java.ftl", "test/protection/RateLimitHttpTest.java.ftl",
            "test/resources/test-application.yaml.ftl");

    /** Every shipped template (a test keeps this list equal to the files), parsed ahead by the mojo. */
    public static final List<String> TEMPLATES = Stream.of(DOMAIN_TEMPLATES, OperationsContributors.TEMPLATES)
            .flatMap(List::stream).toList();

    private Contributors() {
    }

    public static List<Contributor> defaults() {
        return List.of(Contributors::buildFiles, Contributors::application, Contributors::protection,
                Contributors::security, Contributors::entities, Contributors::migrations, Contributors::tests,
                Contributors::securityTests, OperationsContributors::operations, OperationsContributors::integrations,
                OperationsContributors::deployment, Contributors::benchmarks);
    }

    /** pom.xml (merged into an existing one instead), README, .gitignore. */
    static void buildFiles(ProjectView project, Contributor.Output out) {
        out.render("pom.xml", "project/pom.xml.ftl", Map.of());
        out.render("README.md", "project/README.md.ftl", Map.of());
        out.render(".gitignore", "project/gitignore.ftl", Map.of());
    }

    /** The application class, its configuration and the shared web layer. */
    static void application(ProjectView project, Contributor.Output out) {
        String base = MAIN + project.getPackagePath() + "/";
        out.render(base + project.getApplicationClass() + ".java", "project/Application.java.ftl", Map.of());
        out.render(RESOURCES + "application.yaml", "project/application.yaml.ftl", Map.of());
        for (String name : List.of("ApiException", "ApiProblems", "DatabaseConstraints", "ETags", "ErrorProblems",
                "FieldProblem", "JsonConfiguration", "MergePatch", "PageResponse", "Paging", "RepositoryConfiguration")) {
            out.render(base + "common/" + name + ".java", "common/" + name + ".java.ftl", Map.of());
        }
        if (project.isCaching()) {
            out.render(base + "common/CachingConfiguration.java", "common/CachingConfiguration.java.ftl", Map.of());
            out.render(base + "common/CommittedReadCache.java", "common/CommittedReadCache.java.ftl", Map.of());
        }
    }

    /** Security headers, body size limit, rate limit and CORS: in every application, whatever its authentication. */
    static void protection(ProjectView project, Contributor.Output out) {
        String base = MAIN + project.getPackagePath() + "/common/";
        List<String> names = new ArrayList<>(List.of("ProblemReportValve", "ProblemWriter", "RequestSizeLimitFilter",
                "SecurityHeadersFilter", "WebProtectionConfiguration"));
        if (project.getSecurity().isRateLimited()) {
            names.add("RateLimitFilter");
        }
        for (String name : names) {
            out.render(base + name + ".java", "protection/" + name + ".java.ftl", Map.of());
        }
    }

    /** Authentication, users and the permission matrix; nothing of it under {@code authentication: none}. */
    static void security(ProjectView project, Contributor.Output out) {
        SecurityView security = project.getSecurity();
        if (!security.isEnabled()) {
            return;
        }
        String base = MAIN + project.getPackagePath() + "/security/";
        List<String> names = new ArrayList<>(List.of("AdministratorBootstrap", "AuthController",
                "SecurityConfiguration", "SecurityProblems", "UserAccount", "UserAccountRepository", "UserAccounts"));
        if (security.isJwt()) {
            names.add("TokenService");
        }
        for (String name : names) {
            out.render(base + name + ".java", "security/" + name + ".java.ftl", Map.of());
        }
        out.render("spotbugs-baseline.yaml", "security/spotbugs-baseline.yaml.ftl", Map.of());
        for (Dialect dialect : project.getDialects()) {
            out.render(RESOURCES + "db/migration/" + dialect.getVendor() + "/V1_1__users.sql", "migration/V1_1__users.sql.ftl",
                    Map.of("d", dialect));
        }
    }

    /** Per entity: the JPA entity and its enums and repository; per resource: DTOs, service, controller. */
    static void entities(ProjectView project, Contributor.Output out) {
        for (EntityView entity : project.getEntities()) {
            String base = MAIN + entity.getPackagePath() + "/";
            Map<String, Object> model = Map.of("e", entity);
            out.render(base + entity.getName() + ".java", "entity/Entity.java.ftl", model);
            for (FieldView field : entity.getEnumFields()) {
                out.render(base + field.getEnumType() + ".java", "entity/Enum.java.ftl", Map.of("e", entity, "f", field));
            }
            out.render(base + entity.getName() + "Repository.java", "entity/Repository.java.ftl", model);
            if (!entity.isExposed()) {
                continue;
            }
            if (entity.isWritable()) {
                out.render(base + entity.getName() + "Request.java", "entity/Request.java.ftl", model);
            }
            out.render(base + entity.getName() + "Response.java", "entity/Response.java.ftl", model);
            if (entity.isList() && !entity.getFilters().isEmpty()) {
                out.render(base + entity.getName() + "Filter.java", "entity/Filter.java.ftl", model);
            }
            out.render(base + entity.getName() + "Service.java", "entity/Service.java.ftl", model);
            out.render(base + entity.getName() + "Controller.java", "entity/Controller.java.ftl", model);
        }
    }

    /** One V1 migration per database the application runs on. */
    static void migrations(ProjectView project, Contributor.Output out) {
        for (Dialect dialect : project.getDialects()) {
            out.render(RESOURCES + "db/migration/" + dialect.getVendor() + "/V1__init.sql", "migration/V1__init.sql.ftl",
                    Map.of("d", dialect));
        }
    }

    /**
     * The protection tests (over real HTTP and on the filters alone) and, with authentication, the
     * permission matrix of every resource cell by cell, the auth endpoints and the token service.
     */
    static void securityTests(ProjectView project, Contributor.Output out) {
        SecurityView security = project.getSecurity();
        String base = TEST + project.getPackagePath() + "/";
        out.render(base + "ProtectionHttpTest.java", "test/protection/ProtectionHttpTest.java.ftl", Map.of());
        out.render(base + "common/ProtectionFiltersTest.java", "test/protection/ProtectionFiltersTest.java.ftl", Map.of());
        out.render("src/test/resources/config/application.yaml", "test/resources/test-application.yaml.ftl", Map.of());
        if (security.isRateLimited()) {
            out.render(base + "RateLimitHttpTest.java", "test/protection/RateLimitHttpTest.java.ftl", Map.of());
        }
        if (!security.isEnabled()) {
            return;
        }
        List<String> names = new ArrayList<>(List.of("AdministratorBootstrapTest", "AuthApiTest", "HttpFirewallTest", "TestUsers"));
        if (security.isJwt()) {
            names.add("TokenServiceTest");
        }
        for (String name : names) {
            out.render(base + "security/" + name + ".java", "test/security/" + name + ".java.ftl", Map.of());
        }
        for (EntityView entity : project.getExposedEntities()) {
            out.render(TEST + entity.getPackagePath() + "/" + entity.getName() + "PermissionTest.java",
                    "test/security/PermissionTest.java.ftl", Map.of("e", entity));
        }
    }

    /**
     * Unit tests of the shared web layer; per resource an API test on the whole application, a
     * controller slice test and a service unit test; and one test over real HTTP.
     */
    static void tests(ProjectView project, Contributor.Output out) {
        String base = TEST + project.getPackagePath() + "/";
        out.render(base + "TestData.java", "test/TestData.java.ftl", Map.of());
        out.render(base + "FreshTestDatabase.java", "test/FreshTestDatabase.java.ftl", Map.of());
        out.render(base + "ApplicationHttpTest.java", "test/ApplicationHttpTest.java.ftl", Map.of());
        for (String name : List.of("ApiProblemsTest", "CapturedLog", "DatabaseConstraintsTest", "ETagsTest",
                "JsonConfigurationTest", "MergePatchTest", "PagingTest", "RequestBodyProblemsTest")) {
            out.render(base + "common/" + name + ".java", "test/common/" + name + ".java.ftl", Map.of());
        }
        if (project.isCaching()) {
            out.render(base + "common/CommittedReadCacheTest.java", "test/common/CommittedReadCacheTest.java.ftl", Map.of());
        }
        for (EntityView entity : project.getExposedEntities()) {
            String folder = TEST + entity.getPackagePath() + "/" + entity.getName();
            Map<String, Object> model = Map.of("e", entity);
            out.render(folder + "ApiTest.java", "test/ApiTest.java.ftl", model);
            out.render(folder + "ControllerTest.java", "test/ControllerTest.java.ftl", model);
            if (entity.isItemOperations()) {
                out.render(folder + "ServiceTest.java", "test/ServiceTest.java.ftl", model);
            }
        }
    }

    /**
     * A JMH benchmark of the design's performance entries over real HTTP (SampleTime), which
     * builder:benchmark holds to their p95Ms and minRps.
     */
    static void benchmarks(ProjectView project, Contributor.Output out) {
        if (!project.getBenchmarks().isEmpty()) {
            out.render(TEST + project.getPackagePath() + "/bench/EndpointBenchmark.java", "bench/EndpointBenchmark.java.ftl",
                    Map.of());
        }
    }
}
