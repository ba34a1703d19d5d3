package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading javac's errors out of a Maven build's output (as maven-compiler-plugin 3.13 prints them). */
class CompilerOutputTest {

    private static final Path PROJECT = Path.of("/work/shelf");

    @Test
    void each_error_once_relative_to_the_project_with_its_details_whatever_their_prefix_and_colours() {
        List<String> output = List.of(
                "[ERROR] COMPILATION ERROR : ",
                "\u001B[1;31m[ERROR] /work/shelf/src/main/java/com/acme/BookService.java:[42,17] cannot find symbol\u001B[m",
                "  symbol:   method title()",
                "  location: variable request of type com.acme.BookRequest",
                "[ERROR] /work/shelf/src/test/java/com/acme/BookTest.java:[7,9] incompatible types: int cannot be converted"
                        + " to java.lang.String",
                "[INFO] 2 errors ",
                "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile",
                "[ERROR] /work/shelf/src/main/java/com/acme/BookService.java:[42,17] cannot find symbol",
                "[ERROR]   symbol:   method title()",
                "[ERROR]   location: variable request of type com.acme.BookRequest",
                "[ERROR] /elsewhere/Other.java:[1,1] class, interface, enum, or record expected");

        assertThat(CompilerOutput.errors(output, PROJECT)).containsExactly(
                "src/main/java/com/acme/BookService.java:42:17: cannot find symbol; symbol: method title();"
                        + " location: variable request of type com.acme.BookRequest",
                "src/test/java/com/acme/BookTest.java:7:9: incompatible types: int cannot be converted to java.lang.String",
                "/elsewhere/Other.java:1:1: class, interface, enum, or record expected");
    }

    @Test
    void other_errors_without_maven_help_lines_each_once_up_to_the_limit() {
        List<String> output = List.of(
                "[INFO] Scanning for projects...",
                "[ERROR] Failed to execute goal on project shelf: Could not resolve dependencies",
                "[ERROR] ",
                "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
                "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
                "[ERROR] For more information about the errors and possible solutions, please read the following articles:",
                "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/DependencyResolutionException",
                "[ERROR] Failed to execute goal on project shelf: Could not resolve dependencies",
                "[ERROR] second",
                "[ERROR] third");

        assertThat(CompilerOutput.otherErrors(output, 2)).containsExactly(
                "Failed to execute goal on project shelf: Could not resolve dependencies", "second");
        assertThat(CompilerOutput.errors(output, PROJECT)).isEmpty();
    }
}
