package ${project.packageName}.integration;

<#assign probe = i.probe!>
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
<#list i.operations?map(o -> o.method()?lower_case)?filter(m -> m != "get") as m>
import static com.github.tomakehurst.wiremock.client.WireMock.${m};
</#list>
<#if i.operations?filter(o -> o.body())?has_content>
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
</#if>
<#if i.operations?filter(o -> o.method() == "GET")?has_content>
import static com.github.tomakehurst.wiremock.client.WireMock.get;
</#if>
<#if probe?has_content>
import static com.github.tomakehurst.wiremock.client.WireMock.${probe.method()?lower_case}RequestedFor;
</#if>
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
<#if i.circuitBreaker>
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
</#if>
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** {@link ${i.clientClass}} against a stub of the service (WireMock) on a local port. */
class ${i.clientClass}Test {

    @RegisterExtension
    static WireMockExtension service = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /**
     * A generous timeout (a slow machine must not turn an answer into a timeout) and short waits
     * between retries.
     */
    private ${i.clientClass} client(int retries) {
        return new ${i.clientClass}(
                RestClient.builder(), service.baseUrl(), Duration.ofSeconds(30), retries, Duration.ofMillis(10));
    }

    /** The service's answer to a call that works. */
    private static ResponseDefinitionBuilder found() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"found\": true}");
    }

    private static IntegrationException failure(Runnable call) {
        try {
            call.run();
        } catch (IntegrationException e) {
            assertThat(e.getIntegration()).isEqualTo("${i.name}");
            return e;
        }
        throw new AssertionError("expected an IntegrationException");
    }
<#list i.operations as o>

    @Test
    void ${o.name()}_returns_the_services_answer() {
        service.stubFor(${o.method()?lower_case}(urlPathEqualTo("${o.samplePath()}"))
<#if o.body()>
                .withRequestBody(equalToJson("{\"sample\": 1}"))
</#if>
                .willReturn(found()));

        var answer = client(0).${o.name()}(<#list o.parameters() as p>"${p}-1"<#sep>, </#sep></#list><#if o.body()><#if o.parameters()?has_content>, </#if>Map.of("sample", 1)</#if>);
        assertThat(answer.get("found").asBoolean()).isTrue();
    }
</#list>
<#if probe?has_content>
<#assign call>client.${probe.name()}(<#list probe.parameters() as p>"${p}-1"<#sep>, </#sep></#list><#if probe.body()><#if probe.parameters()?has_content>, </#if>Map.of("sample", 1)</#if>)</#assign>
<#assign stub>${probe.method()?lower_case}(urlPathEqualTo("${probe.samplePath()}"))</#assign>
<#assign requested>${probe.method()?lower_case}RequestedFor(urlPathEqualTo("${probe.samplePath()}"))</#assign>
<#if probe.idempotent() && i.retries gt 0>

    @Test
    void a_5xx_answer_is_retried_and_a_later_success_returned() {
        String state = Scenario.STARTED;
        for (int attempt = 1; attempt <= ${i.clientClass}.RETRIES; attempt++) {
            service.stubFor(${stub}.inScenario("flaky").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("failed " + attempt));
            state = "failed " + attempt;
        }
        service.stubFor(${stub}.inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(found()));
        ${i.clientClass} client = client(${i.clientClass}.RETRIES);

        assertThat(${call}.get("found").asBoolean()).isTrue();
        service.verify(${i.clientClass}.RETRIES + 1, ${requested});
    }

    @Test
    void a_5xx_answer_on_every_attempt_fails_with_its_status_after_the_retries() {
        service.stubFor(${stub}.willReturn(aResponse().withStatus(500)));
        ${i.clientClass} client = client(${i.clientClass}.RETRIES);

        assertThat(failure(() -> ${call}).getStatus()).isEqualTo(500);
        service.verify(${i.clientClass}.RETRIES + 1, ${requested});
    }
</#if>

    @Test
    void a_4xx_answer_fails_at_once_without_a_retry() {
        service.stubFor(${stub}.willReturn(aResponse().withStatus(404)));
        ${i.clientClass} client = client(2);

        IntegrationException e = failure(() -> ${call});

        assertThat(e.getStatus()).isEqualTo(404);
        assertThat(e.getMessage()).isEqualTo("${i.name}: ${probe.name()} answered 404");
        service.verify(1, ${requested});
    }

    @Test
    void an_answer_slower_than_the_designs_timeout_fails_without_waiting_for_it() {
        int delay = (int) ${i.clientClass}.TIMEOUT.toMillis() + 5000;
        service.stubFor(${stub}
                .willReturn(aResponse().withStatus(200).withFixedDelay(delay)));
        ${i.clientClass} client = new ${i.clientClass}(
                RestClient.builder(), service.baseUrl(), ${i.clientClass}.TIMEOUT, 0, Duration.ofMillis(10));
        long start = System.nanoTime();

        IntegrationException e = failure(() -> ${call});

        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(e.getStatus()).isZero();
        assertThat(e.getCause()).isInstanceOf(ResourceAccessException.class);
        assertThat(waited).isGreaterThanOrEqualTo(${i.clientClass}.TIMEOUT.toMillis() - 100).isLessThan(delay);
    }
<#if i.circuitBreaker>

    @Test
    void the_circuit_breaker_opens_after_repeated_failures_and_stops_calling_the_service() {
        service.stubFor(${stub}.willReturn(aResponse().withStatus(503)));
        ${i.clientClass} client = client(0);
        for (int call = 0; call < Resilience.MINIMUM_CALLS; call++) {
            assertThat(failure(() -> ${call}).getStatus()).isEqualTo(503);
        }

        IntegrationException refused = failure(() -> ${call});

        assertThat(refused.getStatus()).isZero();
        assertThat(refused.getCause()).isInstanceOf(CallNotPermittedException.class);
        assertThat(refused.getMessage()).contains("circuit breaker is open");
        service.verify(Resilience.MINIMUM_CALLS, ${requested});
    }
</#if>
</#if>
}
