package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaImportsTest {

    @Test
    void imports_should_be_sorted_static_first_without_the_unused() {
        String source = "package a;\n\nimport java.util.Map;\nimport static x.Y.z;\nimport java.util.List;\n\n"
                + "class A {\n    List<String> l;\n}\n";
        assertThat(JavaImports.tidy(source)).isEqualTo(
                "package a;\n\nimport static x.Y.z;\n\nimport java.util.List;\n\nclass A {\n    List<String> l;\n}\n");
    }

    @Test
    void a_head_without_imports_should_keep_one_blank_line_after_the_package() {
        String allUnused = "package a;\n\nimport java.math.BigDecimal;\n\n/** Doc. */\nclass A {\n\n\n}\n";
        String noneWritten = "package a;\n\n\n/** Doc. */\nclass A {\n}\n";
        assertThat(JavaImports.tidy(allUnused)).isEqualTo("package a;\n\n/** Doc. */\nclass A {\n\n\n}\n");
        assertThat(JavaImports.tidy(noneWritten)).isEqualTo("package a;\n\n/** Doc. */\nclass A {\n}\n");
    }
}
