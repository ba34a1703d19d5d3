package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PomMergerTest {

    /** A user's pom without a parent, indented with four spaces, with comments and its own versions. */
    private static final String PLAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- The ACME service: keep this header. -->
            <project xmlns="http://maven.apache.org/POM/4.0.0">
                <modelVersion>4.0.0</modelVersion>
                <groupId>org.acme</groupId>
                <artifactId>service</artifactId>
                <version>2.3.0</version>
                <!-- our own settings -->
                <properties>
                    <acme.flag>on</acme.flag>
                </properties>
                <dependencies>
                    <!-- pinned on purpose -->
                    <dependency>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-starter-validation</artifactId>
                        <version>3.0.0</version>
                    </dependency>
                    <dependency>
                        <groupId>com.google.guava</groupId>
                        <artifactId>guava</artifactId>
                        <version>33.0.0-jre</version>
                    </dependency>
                </dependencies>
            </project>
            <!-- trailing note -->
            """;

    /** A user's pom under Spring Boot's parent, indented with two spaces. */
    private static final String BOOT_PARENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>4.0.7</version>
              </parent>
              <artifactId>booted</artifactId>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-compiler-plugin</artifactId>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    private static byte[] generatedPom() throws IOException {
        return new TemplateRenderer(null).render("project/pom.xml.ftl",
                Map.of("project", Fixtures.view(Fixtures.library()))).getBytes(StandardCharsets.UTF_8);
    }

    private static String merge(String userPom) throws IOException {
        return new String(PomMerger.merge(userPom.getBytes(StandardCharsets.UTF_8), generatedPom()), StandardCharsets.UTF_8);
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void a_pom_without_parent_should_gain_the_boot_bom_the_build_plugins_and_the_builder_plugin() throws IOException {
        String merged = merge(PLAIN);

        assertThat(merged).contains("""
                    <dependencyManagement>
                        <dependencies>
                            <dependency>
                                <groupId>org.springframework.boot</groupId>
                                <artifactId>spring-boot-dependencies</artifactId>
                                <version>4.0.7</version>
                                <type>pom</type>
                                <scope>import</scope>
                            </dependency>
                        </dependencies>
                    </dependencyManagement>
                """);
        assertThat(merged).contains("""
                            <plugin>
                                <groupId>org.apache.maven.plugins</groupId>
                                <artifactId>maven-compiler-plugin</artifactId>
                                <version>3.13.0</version>
                                <executions>
                                    <execution>
                                        <!-- JMH's annotation processor writes the benchmark harness and META-INF/BenchmarkList; named here because JDK 23 and later run no processor found on the class path -->
                                        <id>default-testCompile</id>
                                        <configuration>
                                            <annotationProcessorPaths>
                                                <path>
                                                    <groupId>org.openjdk.jmh</groupId>
                                                    <artifactId>jmh-generator-annprocess</artifactId>
                                                    <version>1.37</version>
                                                </path>
                                            </annotationProcessorPaths>
                                        </configuration>
                                    </execution>
                                </executions>
                            </plugin>
                            <plugin>
                                <groupId>org.apache.maven.plugins</groupId>
                                <artifactId>maven-surefire-plugin</artifactId>
                                <version>3.5.2</version>
                                <configuration>
                                    <runOrder>random</runOrder>
                                </configuration>
                            </plugin>
                            <plugin>
                                <groupId>org.springframework.boot</groupId>
                                <artifactId>spring-boot-maven-plugin</artifactId>
                                <version>4.0.7</version>
                                <executions>
                                    <execution>
                                        <goals>
                                            <goal>repackage</goal>
                                        </goals>
                                    </execution>
                                </executions>
                                <configuration>
                                    <mainClass>${start-class}</mainClass>
                                </configuration>
                            </plugin>
                            <plugin>
                                <groupId>dev.backendbuilder</groupId>
                                <artifactId>builder-maven-plugin</artifactId>
                                <version>${builder.version}</version>
                """);
        assertThat(merged).contains("<maven.compiler.release>17</maven.compiler.release>",
                "<builder.version>0.1.0-test</builder.version>",
                "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
                "<artifactId>spring-boot-starter-webmvc</artifactId>",
                "<artifactId>spring-boot-starter-data-jpa</artifactId>")
                .doesNotContain("<java.version>", "spring-boot-starter-parent");
    }

    @Test
    void the_users_comments_properties_versions_and_order_should_stay() throws IOException {
        String merged = merge(PLAIN);

        assertThat(merged).startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- The ACME service: keep this header. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <modelVersion>4.0.0</modelVersion>
                    <groupId>org.acme</groupId>
                    <artifactId>service</artifactId>
                    <version>2.3.0</version>
                    <!-- our own settings -->
                    <properties>
                        <acme.flag>on</acme.flag>
                        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                """);
        assertThat(merged).contains("""
                    <dependencies>
                        <!-- pinned on purpose -->
                        <dependency>
                            <groupId>org.springframework.boot</groupId>
                            <artifactId>spring-boot-starter-validation</artifactId>
                            <version>3.0.0</version>
                        </dependency>
                        <dependency>
                            <groupId>com.google.guava</groupId>
                            <artifactId>guava</artifactId>
                            <version>33.0.0-jre</version>
                        </dependency>
                        <dependency>
                """);
        assertThat(merged).endsWith("</project>\n<!-- trailing note -->\n");
        assertThat(merged.indexOf("<properties>")).isLessThan(merged.indexOf("<dependencies>"));
        assertThat(merged.indexOf("<dependencies>")).isLessThan(merged.indexOf("<dependencyManagement>"));
        assertThat(merged.indexOf("<dependencyManagement>")).isLessThan(merged.indexOf("<build>"));
    }

    @Test
    void a_dependency_the_user_declares_with_another_version_should_be_neither_duplicated_nor_changed() throws IOException {
        String merged = merge(PLAIN);

        assertThat(count(merged, "<artifactId>spring-boot-starter-validation</artifactId>")).isEqualTo(1);
        assertThat(merged).contains("<artifactId>spring-boot-starter-validation</artifactId>\n"
                + "            <version>3.0.0</version>");
    }

    @Test
    void every_generated_dependency_should_be_present_exactly_once() throws IOException {
        String merged = merge(PLAIN);
        Matcher artifacts = Pattern.compile("<artifactId>([^<]+)</artifactId>")
                .matcher(new String(generatedPom(), StandardCharsets.UTF_8).split("<dependencies>")[1].split("</dependencies>")[0]);

        int seen = 0;
        while (artifacts.find()) {
            seen++;
            assertThat(count(merged, "<artifactId>" + artifacts.group(1) + "</artifactId>")).as(artifacts.group(1)).isEqualTo(1);
        }
        assertThat(seen).isGreaterThan(10);
    }

    @Test
    void a_pom_under_spring_boots_parent_should_get_no_bom_no_plugin_versions_and_tests_in_random_order() throws IOException {
        String merged = merge(BOOT_PARENT);

        assertThat(merged).doesNotContain("<dependencyManagement>", "spring-boot-dependencies",
                "<maven.compiler.release>", "<goal>repackage</goal>", "<version>3.5.2</version>");
        assertThat(merged).contains("<artifactId>maven-surefire-plugin</artifactId>").contains("<runOrder>random</runOrder>");
        assertThat(merged).contains("<artifactId>maven-enforcer-plugin</artifactId>").contains("<version>[17,)</version>");
        assertThat(count(merged, "maven-compiler-plugin")).isEqualTo(1);
        assertThat(merged).contains("<java.version>17</java.version>");
        assertThat(merged).contains("""
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <executions>
                          <execution>
                            <!-- JMH's annotation processor writes the benchmark harness and META-INF/BenchmarkList; named here because JDK 23 and later run no processor found on the class path -->
                            <id>default-testCompile</id>
                            <configuration>
                              <annotationProcessorPaths>
                                <path>
                                  <groupId>org.openjdk.jmh</groupId>
                                  <artifactId>jmh-generator-annprocess</artifactId>
                                  <version>1.37</version>
                                </path>
                              </annotationProcessorPaths>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                      <plugin>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-maven-plugin</artifactId>
                      </plugin>
                      <plugin>
                        <groupId>dev.backendbuilder</groupId>
                """);
    }

    @Test
    void inserted_elements_should_use_the_files_four_space_indentation() throws IOException {
        String merged = merge(PLAIN);

        assertThat(merged).contains("\n    <build>\n        <plugins>\n            <plugin>\n                <groupId>");
        assertThat(merged).doesNotContainPattern("\n(  ){1}<[a-z]").doesNotContain("\t");
        merged.lines().filter(line -> !line.isBlank())
                .forEach(line -> assertThat((line.length() - line.stripLeading().length()) % 4).as(line).isZero());
    }

    @Test
    void a_pom_with_a_single_line_root_should_be_indented_with_two_spaces() throws IOException {
        String merged = merge("<project><modelVersion>4.0.0</modelVersion></project>");

        assertThat(merged).startsWith("<project><modelVersion>4.0.0</modelVersion>\n  <properties>\n    <project.build");
        assertThat(merged).endsWith("  </build>\n</project>");
    }

    @Test
    void an_empty_self_closed_project_should_be_filled_and_end_with_a_newline() throws IOException {
        String merged = merge("<project/>");

        assertThat(merged).startsWith("<project>\n  <properties>\n").endsWith("  </build>\n</project>\n");
        assertThat(merge(merged)).isEqualTo(merged);
    }

    @Test
    void a_pom_that_already_has_everything_should_stay_byte_for_byte() throws IOException {
        byte[] generated = generatedPom();

        assertThat(PomMerger.merge(generated, generated)).isEqualTo(generated);
    }

    @Test
    void the_usual_multi_line_project_start_tag_should_stay_as_written() throws IOException {
        String header = """
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                """;
        String userPom = PLAIN.replace("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n", header);

        String merged = merge(userPom);

        assertThat(merged).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- The ACME service: keep this header. -->\n"
                + header + "    <modelVersion>4.0.0</modelVersion>\n");
        assertThat(merged).contains("<artifactId>builder-maven-plugin</artifactId>");
    }

    @Test
    void a_pom_with_windows_line_endings_should_keep_them_everywhere() throws IOException {
        String merged = merge(PLAIN.replace("\n", "\r\n"));

        assertThat(merged).contains("<artifactId>builder-maven-plugin</artifactId>\r\n")
                .contains("<!-- our own settings -->\r\n").endsWith("</project>\r\n<!-- trailing note -->\r\n");
        assertThat(merged.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(merge(merged)).isEqualTo(merged);
    }

    @Test
    void merging_twice_should_give_identical_bytes() throws IOException {
        byte[] once = PomMerger.merge(PLAIN.getBytes(StandardCharsets.UTF_8), generatedPom());
        byte[] twice = PomMerger.merge(once, generatedPom());

        assertThat(twice).isEqualTo(once);
        byte[] bootOnce = PomMerger.merge(BOOT_PARENT.getBytes(StandardCharsets.UTF_8), generatedPom());
        assertThat(PomMerger.merge(bootOnce, generatedPom())).isEqualTo(bootOnce);
    }

    @Test
    void malformed_xml_should_be_a_generation_error_saying_what_to_do() {
        assertThatThrownBy(() -> merge("<project><dependencies></project>"))
                .isInstanceOf(GenerationException.class)
                .hasMessageStartingWith("pom.xml is not well-formed XML (")
                .hasMessageEndingWith("); fix it, then generate again.");
    }

    @Test
    void a_root_other_than_project_should_be_a_generation_error_naming_it() {
        assertThatThrownBy(() -> merge("<?xml version=\"1.0\"?>\n<settings/>\n"))
                .isInstanceOf(GenerationException.class)
                .hasMessage("pom.xml is not a Maven POM: its root element is <settings>, not <project>.");
    }

    @Test
    void a_doctype_should_be_refused_rather_than_resolved() {
        assertThatThrownBy(() -> merge("<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<project>&x;</project>"))
                .isInstanceOf(GenerationException.class)
                .hasMessageStartingWith("pom.xml is not well-formed XML (");
    }
}
