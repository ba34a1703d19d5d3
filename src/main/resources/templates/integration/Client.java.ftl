<#import "../common/layout.ftl" as layout>
package ${project.packageName}.integration;

<#assign retried = i.operations?filter(o -> o.idempotent())>
<#assign once = i.operations?filter(o -> !o.idempotent())>
<#if i.circuitBreaker>
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
</#if>
import io.github.resilience4j.retry.Retry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
<#if i.operations?filter(o -> o.parameters()?has_content)?has_content>
import java.util.Map;
</#if>
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
<#if i.operations?filter(o -> o.body())?has_content>
import org.springframework.http.MediaType;
</#if>
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Client of the {@code ${i.name}} service: ${i.timeoutMs?c} ms to connect and to answer, ${i.retries?c}
 * <#if i.retries == 1>retry<#else>retries</#if> of idempotent calls after a 5xx answer or an I/O error, waiting
 * {@value Resilience#BACKOFF_MS} ms and then twice as long each time<#if i.circuitBreaker>, and a circuit breaker that stops
 * calling a failing service for a while</#if>.
 * The base URL comes from {@code ${i.baseUrlVariable}},
 * by default {@code ${i.baseUrl}}.
 * Every failure is an {@link IntegrationException}.
 */
@Component
public class ${i.clientClass} {

    static final String NAME = "${i.name}";
    static final Duration TIMEOUT = Duration.ofMillis(${i.timeoutMs?c});
    static final int RETRIES = ${i.retries?c};

    private final RestClient http;
    private final Retry retry;
<#if i.circuitBreaker>
    private final CircuitBreaker breaker;
</#if>

    @Autowired
    public ${i.clientClass}(
            ObservationRegistry observations,
            @Value("${r"${"}integrations.${i.propertyKey}.base-url}") String baseUrl) {
        this(RestClient.builder().observationRegistry(observations), baseUrl, TIMEOUT, RETRIES,
                Duration.ofMillis(Resilience.BACKOFF_MS));
    }

<@layout.wrapped indent=4 head=i.clientClass + "(" args=["RestClient.Builder http", "String baseUrl", "Duration timeout", "int retries", "Duration backoff"] tail=") {"/>
        this.http = http.baseUrl(baseUrl).requestFactory(Resilience.requestFactory(timeout)).build();
        this.retry = Resilience.retry(NAME, retries, backoff);
<#if i.circuitBreaker>
        this.breaker = Resilience.breaker(NAME);
</#if>
    }
<#list i.operations as o>

<#assign doc = "{@code " + o.method() + " " + o.path() + "}, " + o.idempotent()?then("retried on transient failures.", "sent once (a retry could act twice).")>
<#if doc?length <= 108>
    /** ${doc} */
<#else>
    /**
     * ${doc}
     */
</#if>
<@layout.wrapped indent=4 head="public JsonNode " + o.name() + "(" args=o.parameters()?map(p -> "String " + p) + o.body()?then(["Object body"], []) tail=") {"/>
        return ${o.idempotent()?then("retried", "once")}("${o.name()}", () -> http.${o.method()?lower_case}()
<#if o.parameters()?has_content>
<@layout.wrapped indent=16 head='.uri("' + o.path() + '", Map.of(' args=o.parameters()?map(p -> '"' + p + '", ' + p) tail="))"/>
<#else>
                .uri("${o.path()}")
</#if>
<#if o.body()>
                .contentType(MediaType.APPLICATION_JSON).body(body)
</#if>
                .retrieve().body(JsonNode.class));
    }
</#list>
<#if retried?has_content>

    private <T> T retried(String operation, Supplier<T> request) {
        return once(operation, Retry.decorateSupplier(retry, request));
    }
</#if>

    private <T> T once(String operation, Supplier<T> request) {
<#if i.circuitBreaker>
        return Resilience.call(NAME, operation, CircuitBreaker.decorateSupplier(breaker, request));
<#else>
        return Resilience.call(NAME, operation, request);
</#if>
    }
}
