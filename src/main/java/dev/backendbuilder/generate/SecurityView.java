package dev.backendbuilder.generate;

import dev.backendbuilder.design.Security;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The design's {@code security} section as the templates of the generated application read it. */
public final class SecurityView {

    private final Security security;
    private final String basePath;

    SecurityView(Security security, String basePath) {
        this.security = security;
        this.basePath = basePath;
    }

    /** {@code jwt}, {@code basic} or {@code none}. */
    public String getAuthentication() {
        return security.authentication().name().toLowerCase(Locale.ROOT);
    }

    /** True when requests are authenticated at all (jwt or basic). */
    public boolean isEnabled() {
        return security.authentication() != Security.Authentication.NONE;
    }

    public boolean isJwt() {
        return security.authentication() == Security.Authentication.JWT;
    }

    public boolean isBasic() {
        return security.authentication() == Security.Authentication.BASIC;
    }

    public List<String> getRoles() {
        return security.roles();
    }

    /** The roles as Java string literals: {@code "USER", "ADMIN"}. */
    public String getRoleLiterals() {
        return literals(security.roles());
    }

    /** Names as Java string literals, comma-separated: {@code "USER", "ADMIN"}. */
    static String literals(List<String> names) {
        return String.join(", ", names.stream().map(r -> "\"" + r + "\"").toList());
    }

    public String getAdminRole() {
        return Security.ADMIN;
    }

    /** {@code <basePath>/auth}: the token and user endpoints. */
    public String getAuthPath() {
        return basePath.replaceAll("/+$", "") + "/auth";
    }

    public boolean isRateLimited() {
        return security.rateLimit() != null;
    }

    public int getRateLimitRequests() {
        return security.rateLimit() == null ? 0 : security.rateLimit().requests();
    }

    /** The rate-limit period in Spring's duration syntax ({@code 1m}, {@code 1s}, {@code 1h}, {@code 1d}). */
    public String getRateLimitPeriod() {
        if (security.rateLimit() == null) {
            return "";
        }
        Duration period = security.rateLimit().period();
        if (period.toDays() > 0 && period.equals(Duration.ofDays(period.toDays()))) {
            return period.toDays() + "d";
        }
        if (period.toHours() > 0 && period.equals(Duration.ofHours(period.toHours()))) {
            return period.toHours() + "h";
        }
        if (period.toMinutes() > 0 && period.equals(Duration.ofMinutes(period.toMinutes()))) {
            return period.toMinutes() + "m";
        }
        return period.toSeconds() + "s";
    }

    public List<String> getCorsOrigins() {
        return security.corsOrigins();
    }

    public boolean isCors() {
        return !security.corsOrigins().isEmpty();
    }
}
