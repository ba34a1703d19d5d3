package dev.backendbuilder.design;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: load design text and read back the located messages as the user sees them. */
final class Designs {

    /** Lines 1 and 2 of most fixtures; sections below start on line 3. */
    static final String HEADER = "version: 1\napp: { name: library, package: com.example.library }\n";

    private Designs() {
    }

    static Design load(String yaml) {
        try {
            return new DesignLoader().parse(yaml, "design.yaml");
        } catch (DesignException e) {
            throw new AssertionError("expected a valid design, got:\n" + e.getMessage(), e);
        }
    }

    /** Every problem, rendered {@code design.yaml:LINE:COL: message}, in file order. */
    static List<String> problems(String yaml) {
        DesignException e = catchThrowableOfType(DesignException.class, () -> new DesignLoader().parse(yaml, "design.yaml"));
        if (e == null) {
            throw new AssertionError("expected a DesignException for:\n" + yaml);
        }
        return e.problems().stream().map(DesignProblem::toString).toList();
    }

    /** Problems of a design that is {@link #HEADER} plus {@code body}. */
    static List<String> problemsWith(String body) {
        return problems(HEADER + body);
    }

    static String example() {
        try {
            return Files.readString(examplePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path examplePath() {
        return Path.of("examples/library/design.yaml");
    }
}
