package ${project.packageName}.common;

<#if project.security.cors>
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
</#if>
import java.time.Duration;
<#if project.security.cors>
import java.util.List;
</#if>
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
<#if project.security.cors>
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
</#if>
import org.springframework.util.unit.DataSize;
<#if project.security.cors>
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
</#if>

/**
 * The protection every request passes before <#if project.security.enabled>authentication<#else>the controllers</#if>, in this order: security headers,
 * <#if project.security.rateLimited>the rate limit, </#if>the body size limit<#if project.security.cors> and CORS</#if>. Limits come from application.yaml
 * ({@code app.protection}, {@code app.rate-limit}, {@code app.cors}). What Tomcat refuses before any
 * filter runs is answered by {@link ProblemReportValve}.
 */
@Configuration
public class WebProtectionConfiguration {

    /** After the request id (so refusals are logged with it), before Spring Security (order -100). */
    static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(FIRST);
        return registration;
    }
<#if project.security.rateLimited>

    @Bean
    @ConditionalOnProperty(name = "app.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<RateLimitFilter> rateLimit(
            @Value("${r"${app.rate-limit.requests}"}") long requests,
            @Value("${r"${app.rate-limit.period}"}") Duration period,
            ProblemWriter problems) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(requests, period, problems));
        registration.setOrder(FIRST + 1);
        return registration;
    }
</#if>

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
            @Value("${r"${app.protection.max-body-size:1MB}"}") DataSize max,
            ProblemWriter problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(max, problems));
        registration.setOrder(FIRST + 2);
        return registration;
    }
<#if project.security.cors>

    /**
     * Browsers on these origins may call the API; no cookies are used, so no credentials are allowed.
     * Before authentication, so a preflight (which carries no credentials) is answered here.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> cors(
            @Value("${r"${app.cors.allowed-origins}"}") List<String> origins,
            ProblemWriter problems) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id"));
        cors.setExposedHeaders(
                List.of("ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "X-Request-Id"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(problems));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FIRST + 3);
        return registration;
    }
</#if>

    /** Tomcat's own refusals (a malformed request line, an encoded slash, oversized headers) as problem details. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(ProblemReportValve::replaceErrorReport);
    }
<#if project.security.cors>

    /** A refused CORS request as a problem detail, instead of Spring's plain-text "Invalid CORS request". */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        private final ProblemWriter problems;

        ProblemCorsProcessor(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
            problems.write(servletResponse, HttpStatus.FORBIDDEN,
                    "This origin, method or header is not allowed to call the API from a browser.");
        }
    }
</#if>
}
