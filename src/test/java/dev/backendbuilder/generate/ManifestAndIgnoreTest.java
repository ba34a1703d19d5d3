package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestAndIgnoreTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_manifest_should_read_as_empty() throws Exception {
        assertThat(Manifest.read(dir).entries()).isEmpty();
        assertThat(Manifest.empty().hashOf("pom.xml")).isEmpty();
    }

    @Test
    void the_manifest_should_be_sorted_json_that_reads_back_the_same_whatever_the_insertion_order() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("src/B.java", Manifest.sha256("b".getBytes(StandardCharsets.UTF_8)));
        hashes.put("README.md", Manifest.sha256(new byte[0]));
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("README.md", hashes.get("README.md"));
        reversed.put("src/B.java", hashes.get("src/B.java"));

        byte[] bytes = new Manifest(hashes).toBytes("1.2.3");
        Files.createDirectories(dir.resolve(".builder"));
        Files.write(dir.resolve(Manifest.PATH), bytes);

        assertThat(bytes).isEqualTo(new Manifest(reversed).toBytes("1.2.3"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "formatVersion" : 1,
                  "generator" : "builder-maven-plugin 1.2.3",
                  "files" : {
                    "README.md" : "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    "src/B.java" : "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"
                  }
                }
                """);
        assertThat(Manifest.read(dir).entries()).isEqualTo(hashes);
    }

    @Test
    void ignore_rules_should_follow_gitignore_syntax_for_files_folders_globs_and_negation() throws Exception {
        Files.writeString(dir.resolve(IgnoreRules.FILE), """
                # comments are fine
                /README.md
                src/test/
                **/*Controller.java
                *.sql
                !keep.sql
                """);

        IgnoreRules rules = IgnoreRules.read(dir);

        assertThat(rules.ignores("README.md")).isTrue();
        assertThat(rules.ignores("docs/README.md")).as("anchored to the root").isFalse();
        assertThat(rules.ignores("src/test/java/a/BookApiTest.java")).as("inside an ignored folder").isTrue();
        assertThat(rules.ignores("src/main/java/a/book/BookController.java")).isTrue();
        assertThat(rules.ignores("src/main/java/a/book/Book.java")).isFalse();
        assertThat(rules.ignores("db/V1__init.sql")).isTrue();
        assertThat(rules.ignores("db/keep.sql")).as("negated").isFalse();
        assertThat(rules.ignores("pom.xml")).isFalse();
    }

    @Test
    void without_a_builderignore_nothing_should_be_ignored() throws Exception {
        assertThat(IgnoreRules.read(dir).ignores("README.md")).isFalse();
        assertThat(IgnoreRules.none().ignores("src/main/java/App.java")).isFalse();
    }
}
