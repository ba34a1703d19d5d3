package dev.backendbuilder.generate;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Integration;
import dev.backendbuilder.design.Security;
import java.util.ArrayList;
import java.util.List;

/**
 * One environment variable of the generated application: the single source of the README's table,
 * {@code .env.example}, {@code compose.yaml} and the production profile's start-up check.
 *
 * @param defaultValue the value that applies when it is unset ({@code null}: none, the feature is off or the
 *        start refuses); in words in the README
 * @param example the value {@code .env.example} sets ({@code null}: the line is commented out and the default
 *        applies; never given for a secret, whose line stays empty)
 * @param requiredInProduction the {@code prod} profile refuses to start while it is unset or blank
 * @param secret never given a value in any generated file
 */
public record EnvironmentVariable(String name, String description, String defaultValue, String example,
        boolean requiredInProduction, boolean secret) {

    /** Default Caffeine spec of the read caches; statistics on, so the cache metrics are real. */
    static final String CACHE_SPEC = "maximumSize=10000,expireAfterWrite=10m,recordStats";

    /** The default as the README shows it. */
    public String defaultText() {
        return defaultValue == null ? "none" : defaultValue.isEmpty() ? "empty" : "`" + defaultValue + "`";
    }

    /** The description without Markdown, for comments and messages. */
    public String plainDescription() {
        return description.replace("`", "");
    }

    /** Every variable the application generated from {@code design} reads, in the README's order. */
    static List<EnvironmentVariable> of(Design design, Dialect database, boolean caching) {
        String name = design.app().name();
        boolean server = database != Dialect.H2;
        String url = switch (database) {
            case POSTGRESQL -> "jdbc:postgresql://db:5432/" + name;
            case MYSQL -> "jdbc:mysql://db:3306/" + name;
            default -> "jdbc:h2:file:/data/" + name;
        };
        List<EnvironmentVariable> all = new ArrayList<>();
        all.add(new EnvironmentVariable("SPRING_PROFILES_ACTIVE",
                "Spring profile: `prod` in production, where the application refuses to start while a required"
                        + " variable is unset", null, "prod", false, false));
        all.add(new EnvironmentVariable("SERVER_PORT", "HTTP port", "8080", null, false, false));
        all.add(new EnvironmentVariable("DATABASE_URL", "JDBC URL of the " + database.getName() + " database, e.g. `" + url + "`",
                "jdbc:h2:mem:" + name, url, true, false));
        all.add(new EnvironmentVariable("DATABASE_USERNAME", "database user", "sa", server ? name : null, server, false));
        all.add(new EnvironmentVariable("DATABASE_PASSWORD", "database password; make one with `openssl rand -base64 24`", "",
                null, server, true));
        all.add(new EnvironmentVariable("DATABASE_POOL_SIZE", "most connections in the pool (HikariCP)", "10", null, false,
                false));
        all.add(new EnvironmentVariable("DATABASE_POOL_TIMEOUT_MS",
                "longest wait for a connection, in milliseconds, before the request is answered 503 (the database is down or every connection busy)", "2000", null, false, false));
        all.add(new EnvironmentVariable("LOG_FORMAT",
                "log format: `ecs`, `logstash` or `gelf` write one JSON object per line (with `requestId`), empty plain text", "",
                null, false, false));
        all.add(new EnvironmentVariable("SHUTDOWN_TIMEOUT", "how long a stop waits for requests in flight", "30s", null,
                false, false));
        if (caching) {
            all.add(new EnvironmentVariable("CACHE_SPEC", "Caffeine spec of the read caches", CACHE_SPEC, null, false,
                    false));
        }
        Security.Authentication authentication = design.security().authentication();
        if (authentication == Security.Authentication.JWT) {
            all.add(new EnvironmentVariable("JWT_SECRET",
                    "key that signs access tokens, at least 32 bytes; make one with `openssl rand -base64 48`", null, null,
                    true, true));
        }
        if (authentication != Security.Authentication.NONE) {
            all.add(new EnvironmentVariable("ADMIN_USERNAME",
                    "first administrator, created on the first start when no administrator exists", null, "admin", false,
                    false));
            all.add(new EnvironmentVariable("ADMIN_PASSWORD", "password of that first administrator; make one with"
                    + " `openssl rand -base64 24`", null, null, false, true));
        }
        for (Integration integration : design.integrations().values()) {
            all.add(new EnvironmentVariable(integration.baseUrlVariable(), "base URL of the " + integration.name()
                    + " service", integration.baseUrl(), null, false, false));
        }
        return List.copyOf(all);
    }
}
