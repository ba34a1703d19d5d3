package ${project.packageName}.integration;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Timeouts, retries and circuit breaker shared by the integration clients (Resilience4j). Only
 * transient failures count: a 5xx answer or an I/O error (refused, reset, timed out). A 4xx
 * answer is the caller's mistake; it is neither retried nor held against the service.
 */
final class Resilience {

    /** Closed breaker: judged over the last {@value #WINDOW} calls once {@value #MINIMUM_CALLS} were made. */
    static final int WINDOW = 10;
    static final int MINIMUM_CALLS = 5;
    static final float FAILURE_RATE = 50;
    static final Duration OPEN_FOR = Duration.ofSeconds(30);
    /** First wait before a retry; each further wait doubles. */
    static final long BACKOFF_MS = 200;

    private Resilience() {
    }

    static boolean isTransient(Throwable failure) {
        return failure instanceof HttpServerErrorException || failure instanceof ResourceAccessException;
    }

    /** Connect and read timeouts of one service. */
    static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        // HTTP/1.1: on plain http:// the JDK client otherwise tries an h2c upgrade, which servers may answer
        // by resetting a request that has a body (POST, PUT, PATCH)
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(timeout);
        return factory;
    }

    /**
     * {@code retries} more attempts after a transient failure, waiting {@code backoff}, then twice as
     * long each time.
     */
    static Retry retry(String name, int retries, Duration backoff) {
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(retries + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(backoff, 2.0))
                .retryOnException(Resilience::isTransient)
                .build());
    }

    /** Opens when half of the recent calls failed transiently; lets a trial call through after {@link #OPEN_FOR}. */
    static CircuitBreaker breaker(String name) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(MINIMUM_CALLS)
                .failureRateThreshold(FAILURE_RATE)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Resilience::isTransient)
                .build());
    }

    /**
     * Runs {@code call} (already wrapped in its retry and breaker) and turns its failure into an
     * {@link IntegrationException}.
     */
    static <T> T call(String integration, String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new IntegrationException(integration,
                    operation + " not sent: the circuit breaker is open after repeated failures", 0, e);
        } catch (RestClientResponseException e) {
            throw new IntegrationException(integration, operation + " answered " + e.getStatusCode().value(),
                    e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new IntegrationException(integration, operation + " failed: " + e.getMessage(), 0, e);
        }
    }
}
