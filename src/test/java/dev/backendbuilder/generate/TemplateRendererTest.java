package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    @TempDir
    Path dir;

    private static Map<String, Object> model() {
        return Map.of("project", Fixtures.view(Fixtures.library()));
    }

    private Path overrides() throws IOException {
        return Files.createDirectories(dir.resolve("templates"));
    }

    /** A renderer whose override folder holds {@code project/gitignore.ftl} with {@code text}. */
    private TemplateRenderer overridingGitignore(String text) throws IOException {
        Path folder = overrides();
        Files.createDirectories(folder.resolve("project"));
        Files.writeString(folder.resolve("project/gitignore.ftl"), text);
        return new TemplateRenderer(folder);
    }

    @Test
    void an_override_should_replace_its_template_and_leave_the_others_from_the_jar() throws IOException {
        TemplateRenderer renderer = overridingGitignore("build/\n# ${project.name}\n");

        assertThat(renderer.render("project/gitignore.ftl", model())).isEqualTo("build/\n# library\n");
        assertThat(renderer.render("project/README.md.ftl", model()))
                .isEqualTo(new TemplateRenderer(null).render("project/README.md.ftl", model()));
        assertThat(renderer.isOverridden("project/gitignore.ftl")).isTrue();
        assertThat(renderer.isOverridden("project/README.md.ftl")).isFalse();
    }

    @Test
    void without_an_override_folder_the_shipped_templates_should_be_used() throws IOException {
        TemplateRenderer renderer = new TemplateRenderer(null);

        assertThat(renderer.render("project/gitignore.ftl", model())).startsWith("target/\n").contains("*.builder-new", "*.builder-conflict");
        assertThat(renderer.isOverridden("project/gitignore.ftl")).isFalse();
    }

    @Test
    void a_missing_override_folder_should_be_an_io_error_naming_it() {
        Path missing = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> new TemplateRenderer(missing))
                .isInstanceOf(IOException.class)
                .hasMessage("The template folder " + missing + " does not exist; create it or remove"
                        + " builder.generate.templates");
    }

    @Test
    void a_template_with_a_syntax_error_should_name_the_template_line_and_column() throws IOException {
        TemplateRenderer renderer = overridingGitignore("target/\n<#if project.name>\nno end\n");
        Path folder = overrides();

        assertThatThrownBy(() -> renderer.render("project/gitignore.ftl", model()))
                .isInstanceOf(GenerationException.class)
                .hasMessageStartingWith("Template project/gitignore.ftl (from " + folder + ") has a syntax error at line 3,"
                        + " column 7: Unexpected end of file reached. You have an unclosed #if.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void a_template_that_fails_while_rendering_should_name_the_template_its_folder_line_and_column() throws IOException {
        TemplateRenderer renderer = overridingGitignore("target/\n  ${project.noSuchProperty}\n");
        Path folder = overrides();

        assertThatThrownBy(() -> renderer.render("project/gitignore.ftl", model()))
                .isInstanceOf(GenerationException.class)
                .hasMessage("Template project/gitignore.ftl (from " + folder + ") failed at line 2, column 5:"
                        + " The following has evaluated to null or missing: project.noSuchProperty");
    }

    /** A model whose property throws, as a view can on a design it did not foresee. */
    public static final class ThrowingModel {
        public String getName() {
            throw new IllegalStateException("no sample fits 'code'");
        }
    }

    @Test
    void a_model_property_that_throws_should_be_named_with_its_cause() throws IOException {
        TemplateRenderer renderer = overridingGitignore("target/\n${project.name}\n");

        assertThatThrownBy(() -> renderer.render("project/gitignore.ftl", Map.of("project", new ThrowingModel())))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("failed at line 2, column 1:")
                .hasMessageEndingWith(" Cause: java.lang.IllegalStateException: no sample fits 'code'");
    }

    @Test
    void a_shipped_template_failing_on_a_bad_model_should_not_claim_an_override() throws IOException {
        TemplateRenderer renderer = new TemplateRenderer(null);

        assertThatThrownBy(() -> renderer.render("project/README.md.ftl", Map.of()))
                .isInstanceOf(GenerationException.class)
                .hasMessageMatching("Template project/README\\.md\\.ftl failed at line [1-9]\\d*, column [1-9]\\d*: .*project.*")
                .hasMessageNotContaining("(from");
    }

    @Test
    void a_missing_template_should_say_where_it_was_looked_for() throws IOException {
        Path folder = overrides();

        assertThatThrownBy(() -> new TemplateRenderer(null).render("nope.ftl", model()))
                .isInstanceOf(GenerationException.class)
                .hasMessage("Template nope.ftl was not found in the plugin.");
        assertThatThrownBy(() -> new TemplateRenderer(folder).render("nope.ftl", model()))
                .isInstanceOf(GenerationException.class)
                .hasMessage("Template nope.ftl was not found in the plugin or in " + folder + ".");
    }

    @Test
    void the_list_of_templates_parsed_ahead_should_be_every_shipped_template() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        try (var files = Files.walk(root)) {
            assertThat(files.filter(f -> f.toString().endsWith(".ftl"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted())
                    .containsExactlyElementsOf(Contributors.TEMPLATES.stream().sorted().toList());
        }
    }

    @Test
    void preload_should_leave_a_broken_template_for_render_to_report(@TempDir Path overrides) throws IOException {
        Files.createDirectories(overrides.resolve("project"));
        Files.writeString(overrides.resolve("project/gitignore.ftl"), "<#if>");
        TemplateRenderer renderer = new TemplateRenderer(overrides);
        renderer.preload(Contributors.TEMPLATES);
        assertThatThrownBy(() -> renderer.render("project/gitignore.ftl", Map.of()))
                .isInstanceOf(GenerationException.class).hasMessageContaining("project/gitignore.ftl")
                .hasMessageContaining("has a syntax error at line 1");
    }
}
