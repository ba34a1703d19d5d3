package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile check generate runs after merging, on a real forked Maven (this build's, with its local repository
 * and settings, offline): a project that compiles, one whose main and test code have compiler errors (each named
 * once, located, with javac's details), and one that cannot get as far as compiling.
 */
class ProjectCompilerIT {

    @TempDir
    Path dir;

    private final ProjectCompiler compiler = new ProjectCompiler(new File(System.getProperty("maven.home")),
            new File(System.getProperty("designspace.maven.repo.local")),
            new File(System.getProperty("designspace.maven.settings")), null, true);

    @Test
    void a_project_that_compiles() throws IOException {
        Path project = project("", "public class Book { public String name() { return \"Dune\"; } }",
                "class BookTest { String name = new Book().name(); }");

        ProjectCompiler.Outcome outcome = compiler.compile(project);

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ProjectCompiler.Status.COMPILES);
        assertThat(project.resolve("target/test-classes/com/acme/BookTest.class")).exists();
    }

    @Test
    void compiler_errors_in_main_and_test_code_are_each_named_once_with_their_place() throws IOException {
        Path project = project("", "public class Book { public String name() { return title(); } }",
                "class BookTest { }");

        ProjectCompiler.Outcome outcome = compiler.compile(project);

        assertThat(outcome.status()).isEqualTo(ProjectCompiler.Status.COMPILE_ERRORS);
        assertThat(outcome.errors()).containsExactly("src/main/java/com/acme/Book.java:2:51: cannot find symbol;"
                + " symbol: method title(); location: class com.acme.Book");
    }

    @Test
    void a_build_that_stops_before_compiling_is_not_checked_and_says_why() throws IOException {
        Path project = project("<dependencies><dependency><groupId>com.acme.missing</groupId><artifactId>nowhere</artifactId>"
                + "<version>1</version></dependency></dependencies>", "public class Book { }", "class BookTest { }");

        ProjectCompiler.Outcome outcome = compiler.compile(project);

        assertThat(outcome.status()).isEqualTo(ProjectCompiler.Status.NOT_CHECKED);
        assertThat(outcome.reason()).startsWith("mvn test-compile failed before compiling (exit code 1: ")
                .contains("com.acme.missing:nowhere:jar:1");
    }

    @Test
    void without_a_maven_home_nothing_is_compiled_and_it_says_so() throws IOException {
        ProjectCompiler.Outcome outcome = new ProjectCompiler(null, null, null, null, true)
                .compile(project("", "public class Book { }", "class BookTest { }"));

        assertThat(outcome.status()).isEqualTo(ProjectCompiler.Status.NOT_CHECKED);
        assertThat(outcome.reason()).isEqualTo("the running Maven's home is not known (maven.home is not set)");
    }

    private Path project(String dependencies, String main, String test) throws IOException {
        Path project = Files.createDirectories(dir.resolve("p" + System.nanoTime()));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>compiled</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  %s
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependencies));
        write(project.resolve("src/main/java/com/acme/Book.java"), "package com.acme;\n" + main + "\n");
        write(project.resolve("src/test/java/com/acme/BookTest.java"), "package com.acme;\n" + test + "\n");
        return project;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
