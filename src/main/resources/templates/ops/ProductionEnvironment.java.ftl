package ${project.packageName}.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Required in production, with what each one is for (README, "Configuration"). */
    static final Map<String, String> REQUIRED = required();

    private static Map<String, String> required() {
        Map<String, String> required = new LinkedHashMap<>();
<#list project.requiredInProduction as v>
        required.put("${v.name()}", "${v.plainDescription()?j_string}");
</#list>
        return required;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((name, meaning) -> {
            String value = environment.getProperty(name);
            if (value == null || value.isBlank()) {
                missing.add(name + " (" + meaning + ")");
            }
        });
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
