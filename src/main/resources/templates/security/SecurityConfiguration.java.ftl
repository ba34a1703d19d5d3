package ${project.packageName}.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
<#if project.security.jwt>
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
</#if>
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may do what, from design.yaml's {@code security.permissions}. Every operation is guarded
 * twice from the same matrix: by a URL rule here (so a refused request is answered before its body
 * is read) and by {@code @PreAuthorize} on the controller method (so a method moved to another
 * path is still guarded). Anything not listed needs a signed-in user.
 *
 * <p>Sessions are stateless and no cookie is ever set. Security headers, CORS, the body size limit and
 * rate limiting are in {@code common}, in filters before this chain (a CORS preflight is answered there).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    public static final String ADMIN = "${project.security.adminRole}";

    @Bean
<#if project.security.jwt>
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, JwtDecoder tokens) throws Exception {
<#else>
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems) throws Exception {
</#if>
        http.csrf(SecurityConfiguration::withoutCsrf)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Written by common.SecurityHeadersFilter for every answer, including those of other filters.
                .headers(headers -> headers.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
<#if project.security.jwt>
                .oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(rolesFromToken())))
<#else>
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
</#if>
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
<#if project.security.jwt>
                        .requestMatchers(HttpMethod.POST, AuthController.PATH + "/token").permitAll()
</#if>
                        .requestMatchers(HttpMethod.POST, AuthController.PATH + "/users").hasRole(ADMIN)
<#list project.exposedEntities as e>
<#list e.access as a>
<#assign matcher = 'requestMatchers(HttpMethod.' + a.httpMethod + ', "' + e.path + a.onItem?then('/*', '') + '")'>
<#assign rule = a.public?then('permitAll()', a.authenticated?then('authenticated()', a.roleRule))>
<#if (matcher?length + rule?length) <= 94>
                        .${matcher}.${rule}
<#else>
                        .${matcher}
                        .${rule}
</#if>
</#list>
</#list>
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * No CSRF tokens: no session and no cookie exist, and every state-changing operation either
     * uses PUT, PATCH or DELETE or requires {@code application/json}, which a foreign page cannot
     * send without a CORS preflight that only the design's origins pass. Accepted in
     * spotbugs-baseline.yaml with this reason.
     */
    private static void withoutCsrf(CsrfConfigurer<HttpSecurity> csrf) {
        csrf.disable();
    }
<#if project.security.jwt>

    /** Roles come from the token's {@code roles} claim. */
    private static JwtAuthenticationConverter rolesFromToken() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenService.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    JwtDecoder jwtDecoder(TokenService tokens) {
        return tokens.decoder();
    }
</#if>

    /**
     * Spring Security's firewall with its own rules, but header names and values (and parameter names) checked
     * by a loop over their characters instead of its regular expression: the expression cost more than the
     * rest of the firewall and grew with the header, so a bearer token of some 200 characters paid for it on
     * every request. {@link #validHeaderValue} accepts exactly what the expression accepts (see HttpFirewallTest).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfiguration::validName);
        firewall.setAllowedHeaderValues(SecurityConfiguration::validHeaderValue);
        firewall.setAllowedParameterNames(SecurityConfiguration::validName);
        return firewall;
    }

    /** Every code point assigned and none a control character ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}). */
    static boolean validName(String name) {
        return valid(name, false);
    }

    /** As {@link #validName}, but a tab is allowed ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}). */
    static boolean validHeaderValue(String value) {
        return valid(value, true);
    }

    private static boolean valid(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean control = Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t');
            if (!Character.isDefined(codePoint) || control) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** BCrypt, behind a prefix ({@code {bcrypt}}) so the algorithm can be raised later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }
}
