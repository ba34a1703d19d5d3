package ${project.packageName}.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code requests} per {@code period} per client (design.yaml: {@code security.rateLimit}),
 * as a token bucket (Bucket4j) per client address. It runs before authentication, so password
 * guessing is limited too. Behind a reverse proxy set {@code SERVER_FORWARD_HEADERS_STRATEGY=native}
 * so that the address is the client's, not the proxy's. Health probes are never limited.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    /** Buckets of clients not seen for a period are dropped; the map never grows without bound. */
    private static final long MAX_CLIENTS = 100_000;

    private final long requests;
    private final Duration period;
    private final ProblemWriter problems;
    private final Cache<String, Bucket> buckets;

    public RateLimitFilter(long requests, Duration period, ProblemWriter problems) {
        this.requests = requests;
        this.period = period;
        this.problems = problems;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAX_CLIENTS).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), client -> Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", Long.toString(requests));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "More than " + requests + " requests in " + period.toSeconds() + " s; retry in " + retryAfter + " s.");
    }
}
