<#import "../../common/layout.ftl" as layout>
package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ${project.packageName}.${project.applicationClass};
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** The {@code prod} profile refuses to start without the variables production needs, and says which. */
class ProductionEnvironmentTest {

    private final ProductionEnvironment check = new ProductionEnvironment();

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(ProductionEnvironment.PROFILE);
        return environment;
    }

    @Test
    void production_requires_exactly_these_variables() {
<#if project.requiredInProduction?has_content>
<@layout.wrapped indent=8 head="assertThat(ProductionEnvironment.REQUIRED).containsExactly(" args=project.requiredInProduction?map(v -> '"' + v.name() + '"') tail=");"/>
<#else>
        assertThat(ProductionEnvironment.REQUIRED).isEmpty();
</#if>
    }

    @Test
    void outside_production_nothing_is_required() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void production_with_every_variable_set_starts() {
        MockEnvironment environment = production();
        ProductionEnvironment.REQUIRED.forEach(name -> environment.setProperty(name, "set-by-the-test"));

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void production_names_every_unset_or_blank_variable_at_once() {
        MockEnvironment environment = production();
        List<String> names = ProductionEnvironment.REQUIRED;
        environment.setProperty(names.get(0), "  ");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(ProductionEnvironment.MissingVariables.class, e -> {
                    assertThat(e.getMissing()).containsExactlyElementsOf(names);
                    assertThat(e.getMessage()).isEqualTo("The prod profile needs " + String.join(", ", names) + ", but "
                            + (names.size() == 1 ? "it is" : "they are") + " unset or blank.");
                });
    }

    @Test
    void a_real_production_start_without_its_variables_stops_before_anything_runs() {
        StandardEnvironment environment = new StandardEnvironment();
        // The test must not depend on the machine's variables.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        SpringApplication application = new SpringApplication(${project.applicationClass}.class);
        application.setEnvironment(environment);
        application.setAdditionalProfiles(ProductionEnvironment.PROFILE);

        // The report Spring Boot logs is collected, not printed: the failure is provoked.
        List<ILoggingEvent> report;
        try (CapturedLog log = CapturedLog.of(LoggingFailureAnalysisReporter.class)) {
            assertThatThrownBy(application::run).isInstanceOf(ProductionEnvironment.MissingVariables.class)
<#list project.requiredInProduction as v>
                    .hasMessageContaining("${v.name()}")
</#list>
                    .hasMessageEndingWith("unset or blank.");
            report = log.events();
        }
        // The operator reads what is missing and what to do, once, without a stack trace.
        String blankLine = System.lineSeparator() + System.lineSeparator();
        assertThat(report).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage())
                    .contains("APPLICATION FAILED TO START")
                    .contains("Description:" + blankLine + "The prod profile needs "
                            + String.join(", ", ProductionEnvironment.REQUIRED))
                    .contains("Action:" + blankLine + "Set ")
                    .doesNotContain("\tat ");
        });
    }

    @Test
    void the_failure_report_says_what_is_missing_and_what_to_do() {
        FailureAnalysis one = new ProductionEnvironmentFailureAnalyzer()
                .analyze(new ProductionEnvironment.MissingVariables(List.of("DATABASE_URL")));
        FailureAnalysis two = new ProductionEnvironmentFailureAnalyzer()
                .analyze(new ProductionEnvironment.MissingVariables(List.of("DATABASE_URL", "ANOTHER_VARIABLE")));

        assertThat(one.getDescription()).isEqualTo("The prod profile needs DATABASE_URL, but it is unset or blank.");
        assertThat(one.getAction()).startsWith("Set it in the environment").contains(".env.example");
        assertThat(two.getDescription())
                .isEqualTo("The prod profile needs DATABASE_URL, ANOTHER_VARIABLE, but they are unset or blank.");
        assertThat(two.getAction()).startsWith("Set them in the environment");
    }
}
