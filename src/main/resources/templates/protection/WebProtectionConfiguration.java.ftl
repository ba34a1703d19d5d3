package ${project.packageName}.common;

import java.time.Duration;
import java.util.List;
<#if project.security.cors && !project.security.enabled>
import org.springframework.beans.factory.annotation.Qualifier;
</#if>
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The protection every request passes before <#if project.security.enabled>authentication<#else>the controllers</#if>, in this order: security headers,
 * <#if project.security.rateLimited>the rate limit, </#if>the body size limit<#if project.security.cors> and CORS</#if>. Limits come from application.yaml
 * ({@code app.protection}, {@code app.rate-limit}, {@code app.cors}).
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

    /** Browsers on these origins may call the API; no cookies are used, so no credentials are allowed. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${r"${app.cors.allowed-origins}"}") List<String> origins) {
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
        return source;
    }
<#if !project.security.enabled>

    /** By name: Spring MVC's HandlerMappingIntrospector is a CorsConfigurationSource bean too. */
    @Bean
    FilterRegistrationBean<CorsFilter> cors(@Qualifier("corsConfigurationSource") CorsConfigurationSource source) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(FIRST + 3);
        return registration;
    }
</#if>
</#if>
}
