package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What authentication, the permission matrix and the protection add to a generated project, and what they never add. */
class GeneratedSecurityTest {

    private static final String OPEN = """
            version: 1
            app: { name: open-shop, package: com.example.open }
            entities:
              Item: { fields: { name: { type: string, required: true } } }
            api:
              resources:
                Item: { operations: [list, get, create] }
            security:
              authentication: none
            """;

    private static Map<String, String> generate(String yaml) {
        return Fixtures.render(Fixtures.design(yaml));
    }

    private static String file(Map<String, String> files, String suffix) {
        return files.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no generated file ends with " + suffix + ": " + files.keySet()));
    }

    @Test
    void the_library_should_guard_every_operation_twice_from_the_same_matrix() {
        Map<String, String> files = generate(Fixtures.libraryText());
        String configuration = file(files, "security/SecurityConfiguration.java");
        assertThat(configuration)
                .contains(".requestMatchers(HttpMethod.POST, \"/api/reviews\").hasAnyRole(\"USER\", \"ADMIN\")")
                .contains(".requestMatchers(HttpMethod.DELETE, \"/api/reviews/*\").hasRole(\"ADMIN\")")
                .contains(".anyRequest().authenticated()")
                .contains("SessionCreationPolicy.STATELESS");
        String controller = file(files, "review/ReviewController.java");
        assertThat(controller).contains("@PreAuthorize(\"hasAnyRole('USER', 'ADMIN')\")\n    @PostMapping")
                .contains("@PreAuthorize(\"hasRole('ADMIN')\")\n    @DeleteMapping");
        String matrix = file(files, "review/ReviewPermissionTest.java");
        assertThat(matrix).contains("void anonymous_gets_401_for_create()", "void user_may_create()", "void admin_may_create()",
                "void user_gets_403_for_delete()", "void admin_may_delete()");
        assertThat(Pattern.compile("@Test").matcher(matrix).results().count()).isEqualTo(4 * 3);
        assertThat(files).containsKeys("spotbugs-baseline.yaml", "src/main/resources/db/migration/h2/V1_1__users.sql",
                "src/main/resources/db/migration/postgresql/V1_1__users.sql",
                "src/test/java/com/example/library/RateLimitHttpTest.java", "src/test/resources/config/application.yaml");
        assertThat(file(files, "pom.xml")).contains("spring-boot-starter-security-oauth2-resource-server", "bucket4j_jdk17-core");
        assertThat(file(files, "application.yaml")).contains("requests: 100\n    period: 1m",
                "allowed-origins: \"https://app.example.com\"", "jwt-secret: ${JWT_SECRET:}");
    }

    @Test
    void authentication_none_should_generate_no_security_machinery_but_keep_the_protection() {
        Map<String, String> files = generate(OPEN);
        assertThat(files.keySet()).noneMatch(p -> p.contains("/security/") || p.contains("PermissionTest")
                || p.contains("V1_1__users") || p.contains("RateLimit") || p.equals("spotbugs-baseline.yaml"));
        assertThat(file(files, "pom.xml")).doesNotContain("spring-boot-starter-security", "bucket4j", "caffeine");
        assertThat(file(files, "ItemController.java")).doesNotContain("PreAuthorize");
        assertThat(file(files, "ApiProblems.java")).doesNotContain("AccessDeniedException");
        assertThat(file(files, "application.yaml")).doesNotContain("jwt-secret", "ADMIN_USERNAME", "rate-limit", "cors");
        assertThat(files).containsKeys("src/main/java/com/example/open/common/SecurityHeadersFilter.java",
                "src/main/java/com/example/open/common/RequestSizeLimitFilter.java",
                "src/test/java/com/example/open/ProtectionHttpTest.java");
    }

    @Test
    void basic_authentication_should_have_users_but_no_tokens() {
        String basic = OPEN.replace("authentication: none", "authentication: basic\n  roles: [CLERK]");
        Map<String, String> files = generate(basic);
        assertThat(files.keySet()).noneMatch(p -> p.endsWith("TokenService.java") || p.endsWith("TokenServiceTest.java"));
        assertThat(file(files, "pom.xml")).contains("spring-boot-starter-security").doesNotContain("oauth2");
        assertThat(file(files, "SecurityConfiguration.java")).contains(".httpBasic(").doesNotContain("jwt");
        assertThat(file(files, "AuthController.java")).doesNotContain("/token");
        assertThat(file(files, "application.yaml")).contains("ADMIN_USERNAME").doesNotContain("JWT_SECRET");
    }

    /** Rules in the spirit of gitleaks' generic ones: key material, tokens, and credentials written as values. */
    private static final List<Pattern> SECRETS = List.of(
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\."),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            // a Java variable naming a credential, given a string literal
            Pattern.compile("(?i)(password|passwd|secret|api[_-]?key|token)\\w*\\s*=\\s*\"[^\"]{6,}\""),
            // a stored password hash or clear-text password in Spring's {id}value form
            Pattern.compile("(?i)\\{(bcrypt|noop|pbkdf2|scrypt|argon2)}[^\\s)}]{4,}"),
            Pattern.compile("(?i)\\b(changeme|change-me|admin123|password123|letmein|s3cr3t)\\b"));

    /** A key naming a credential, given a literal value: checked in configuration files (yaml, properties, .env, Docker). */
    private static final Pattern CONFIGURED_SECRET = Pattern.compile(
            "(?i)^\\s*[\\w.-]*(password|passwd|secret|api[_-]?key|token)[\\w.-]*\\s*[:=]\\s*[\"']?(?!\\$\\{)[^\\s\"'#]{6,}");

    static List<String> secretsIn(Map<String, String> files) {
        List<String> found = new ArrayList<>();
        files.forEach((path, text) -> {
            int line = 0;
            for (String row : text.split("\n", -1)) {
                line++;
                List<Pattern> rules = new ArrayList<>(SECRETS);
                if (!path.endsWith(".java")) {
                    rules.add(CONFIGURED_SECRET);
                }
                for (Pattern secret : rules) {
                    Matcher m = secret.matcher(row);
                    if (m.find()) {
                        found.add(path + ":" + line + ": " + m.group());
                        break;
                    }
                }
            }
        });
        return found;
    }

    @Test
    void the_scanner_should_find_a_planted_secret_of_each_kind() {
        Map<String, String> planted = Map.of(
                "a.yaml", "jwt-secret: Zm9vYmFyYmF6cXV4cXV1eA==",
                "b.properties", "admin.password=hunter2hunter2",
                "C.java", "String token = \"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.x\";",
                "d.pem", "-----BEGIN RSA PRIVATE KEY-----",
                "e.env", "ADMIN_PASSWORD=changeme",
                "data.sql", "INSERT INTO auth_user VALUES ('{bcrypt}$2a$10$abcdefghijkl')");
        assertThat(secretsIn(planted)).hasSize(6);
    }

    @Test
    void no_generated_file_should_hold_a_secret_key_or_default_password() {
        Map<String, String> files = generate(Fixtures.libraryText());
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(secretsIn(files)).isEmpty();
    }

    @Test
    void no_generated_file_of_the_combinations_should_hold_a_secret() {
        assertThat(secretsIn(generate(Fixtures.combinationsText()))).isEmpty();
    }

}
