package ${project.packageName}.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a start with the {@value #PROFILE} profile while a variable production needs is unset or
 * blank, naming every missing one at once: a production instance never runs on the in-memory
 * database or without its secrets. Registered in {@code META-INF/spring.factories}; runs after the
 * configuration files are read, before anything connects anywhere.
 */
public class ProductionEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "prod";

    /** Required in production; the README's "Configuration" and .env.example say what each one is for. */
<#list project.requiredInProduction>
    static final List<String> REQUIRED = List.of(
<#items as v>
            "${v.name()}"<#sep>,</#sep><#if !v?has_next>);</#if>
</#items>
<#else>
    static final List<String> REQUIRED = List.of();
</#list>

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingVariables(missing);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The variables a production start is missing. */
    public static class MissingVariables extends IllegalStateException {

        private final List<String> missing;

        MissingVariables(List<String> missing) {
            super("The " + PROFILE + " profile needs " + String.join(", ", missing) + ", but "
                    + (missing.size() == 1 ? "it is" : "they are") + " unset or blank.");
            this.missing = List.copyOf(missing);
        }

        public List<String> getMissing() {
            return missing;
        }
    }
}
