package ${project.packageName}.security;

import ${project.packageName}.common.DatabaseOutage;
import ${project.packageName}.common.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API, with the
 * {@code WWW-Authenticate} challenge a client needs to know how to sign in; 503 when the users
 * cannot be read because the database is down (the credentials may well be right).
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityProblems.class);

<#if project.security.jwt>
    static final String CHALLENGE = "Bearer";
<#else>
    static final String CHALLENGE = "Basic realm=\"${project.name}\"";
</#if>

    private final ProblemWriter problems;

    public SecurityProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.isCause(e)) {
            LOG.warn("Database unavailable, sign-in answered 503: {}", DatabaseOutage.describe(e));
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
<#if project.security.jwt>
                "Sign in first: send a bearer token from POST ${project.security.authPath}/token.");
<#else>
                "Sign in first: send HTTP Basic credentials.");
</#if>
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this operation.");
    }
}
