package dev.backendbuilder.generate;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Designs for the generation tests: the library example, the combinations design, or inline YAML. */
final class Fixtures {

    static final String PLUGIN_VERSION = "0.1.0-test";

    private Fixtures() {
    }

    static String libraryText() {
        return read(Path.of("examples/library/design.yaml"));
    }

    static String combinationsText() {
        return read(Path.of("src/test/resources/dev/backendbuilder/generate/combinations.yaml"));
    }

    static Design library() {
        return design(libraryText());
    }

    static Design combinations() {
        return design(combinationsText());
    }

    static Design design(String yaml) {
        try {
            return new DesignLoader().parse(yaml, "design.yaml");
        } catch (DesignException e) {
            throw new AssertionError("expected a valid design, got:\n" + e.getMessage(), e);
        }
    }

    static ProjectView view(Design design) {
        return ViewModel.of(design, PLUGIN_VERSION);
    }

    /** Every file the shipped contributors generate from {@code design}, as text by path, without touching the disk. */
    static Map<String, String> render(Design design) {
        try {
            Generator generator = new Generator(Contributors.defaults(), new TemplateRenderer(null), PLUGIN_VERSION);
            Map<String, String> files = new TreeMap<>();
            generator.render(view(design)).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityView entity(ProjectView project, String name) {
        return project.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
    }

    static FieldView field(EntityView entity, String name) {
        return entity.getFields().stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + entity.getName()));
    }

    static ReferenceView reference(EntityView entity, String name) {
        return entity.getReferences().stream().filter(r -> r.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no reference " + name + " in " + entity.getName()));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
