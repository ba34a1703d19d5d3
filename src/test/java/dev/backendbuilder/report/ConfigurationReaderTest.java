package dev.backendbuilder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.report.ImplementationReport.Configuration;
import dev.backendbuilder.report.ImplementationReport.EnvironmentVariable;
import dev.backendbuilder.report.ImplementationReport.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationReaderTest {

    static final String APPLICATION_YAML = """
        spring:
          datasource:
            url: ${DATABASE_URL:jdbc:h2:mem:library;DB_CLOSE_DELAY=-1}
            username: ${DATABASE_USERNAME:sa}
            password: ${DATABASE_PASSWORD:}
            hikari:
              maximum-pool-size: 10
        server:
          port: ${SERVER_PORT:8080}
        security:
          jwt-secret: ${JWT_SECRET}
        management:
          endpoints:
            web:
              exposure:
                include: health,info,prometheus
          endpoint:
            health:
              probes:
                enabled: true
        list: [a, b]
        ---
        spring:
          config:
            activate:
              on-profile: prod
        """;

    static void write(Path project, String name, String text) throws IOException {
        Path file = project.resolve(ConfigurationReader.FOLDER).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void read_should_flatten_yaml_and_list_the_environment_variables_with_defaults(@TempDir Path project)
            throws IOException {
        write(project, "application.yaml", APPLICATION_YAML);
        write(project, "application-test.properties", "a.b=${SERVER_PORT:9090}\nc=plain\n");
        write(project, "logback.xml", "<configuration/>");

        Configuration configuration = new ConfigurationReader().read(project);

        assertThat(new ConfigurationReader().files(project)).containsExactly(
            "src/main/resources/application-test.properties", "src/main/resources/application.yaml");
        assertThat(configuration.properties()).contains(
            new Property("a.b", "${SERVER_PORT:9090}", "src/main/resources/application-test.properties"),
            new Property("spring.datasource.hikari.maximum-pool-size", "10", "src/main/resources/application.yaml"),
            new Property("list[1]", "b", "src/main/resources/application.yaml"),
            new Property("[2]spring.config.activate.on-profile", "prod", "src/main/resources/application.yaml"));
        assertThat(configuration.environment()).containsExactly(
            new EnvironmentVariable("DATABASE_PASSWORD", "", List.of("spring.datasource.password")),
            new EnvironmentVariable("DATABASE_URL", "jdbc:h2:mem:library;DB_CLOSE_DELAY=-1",
                List.of("spring.datasource.url")),
            new EnvironmentVariable("DATABASE_USERNAME", "sa", List.of("spring.datasource.username")),
            new EnvironmentVariable("JWT_SECRET", null, List.of("security.jwt-secret")),
            new EnvironmentVariable("SERVER_PORT", "9090", List.of("a.b", "server.port")));
    }

    @Test
    void read_should_find_nothing_without_configuration(@TempDir Path project) throws IOException {
        Configuration configuration = new ConfigurationReader().read(project);

        assertThat(configuration.properties()).isEmpty();
        assertThat(configuration.environment()).isEmpty();
    }

    @Test
    void read_should_name_a_broken_yaml_file(@TempDir Path project) throws IOException {
        write(project, "application.yml", "a: [b\n");

        assertThatThrownBy(() -> new ConfigurationReader().read(project)).isInstanceOf(IOException.class)
            .hasMessageContaining("src/main/resources/application.yml is not valid YAML");
    }
}
