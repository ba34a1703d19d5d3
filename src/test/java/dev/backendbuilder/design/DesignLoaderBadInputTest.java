package dev.backendbuilder.design;

import static dev.backendbuilder.design.Designs.problems;
import static dev.backendbuilder.design.Designs.problemsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input of issue 2 gives located, human messages and nothing but a DesignException. */
class DesignLoaderBadInputTest {

    @TempDir
    Path dir;

    @Test
    void loader_should_report_malformed_yaml_at_the_offending_character() {
        assertThat(problems("""
            version: 1
            app:
              name: library
               package: com.example.library
            """)).containsExactly("design.yaml:4:11: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void loader_should_report_an_unclosed_quote_with_where_it_starts() {
        assertThat(problems("version: 1\napp: { name: \"library, package: x }\n")).containsExactly(
            "design.yaml:3:1: YAML syntax error: found unexpected end of stream"
                + " (while scanning a quoted scalar that starts at line 2, column 14)");
    }

    @Test
    void loader_should_report_a_tag_the_composer_refuses_with_an_argument_check() {
        // found by the punctuation fuzz test: snakeyaml-engine throws IllegalArgumentException, not its own exception
        assertThat(problems("version: 1\napp: !a%20 x\n")).singleElement().asString()
            .startsWith("design.yaml:").contains("YAML error: Tag must not contain leading or trailing spaces.");
    }

    @Test
    void loader_should_report_a_tab_used_for_indentation() {
        assertThat(problems("version: 1\n\tapp: {}\n"))
            .containsExactly("design.yaml:2:1: YAML syntax error: a tab cannot indent YAML; indent with spaces.");
    }

    @Test
    void loader_should_report_a_scalar_where_a_mapping_belongs() {
        assertThat(problems("version: 1\napp: library\n"))
            .containsExactly("design.yaml:2:6: 'app' must be a mapping, found the text 'library'.");
    }

    @Test
    void loader_should_report_a_design_that_is_not_a_mapping() {
        assertThat(problems("- version: 1\n")).containsExactly(
            "design.yaml:1:1: the design must be a mapping with the keys 'version', 'app', 'entities', …; found a list.");
        assertThat(problems("hello\n")).containsExactly(
            "design.yaml:1:1: the design must be a mapping with the keys 'version', 'app', 'entities', …; found the value 'hello'.");
    }

    @Test
    void loader_should_report_unknown_key_with_did_you_mean_hint() {
        assertThat(problemsWith("entites: {}\n")).containsExactly(
            "design.yaml:3:1: unknown key 'entites' in the top level. Did you mean 'entities'? Allowed here: version, app,"
                + " entities, relationships, api, security, integrations, performance, quality.");
    }

    @Test
    void one_misspelt_fields_key_should_be_one_error_not_a_cascade_through_indexes_filters_and_sort() {
        assertThat(problemsWith("""
            entities:
              Book:
                fileds:
                  title: { type: string }
                indexes:
                  - [title]
            api:
              resources:
                Book: { operations: [list, get], filters: [title], sort: [title] }
            """)).containsExactly(
                "design.yaml:5:5: unknown key 'fileds' in 'entities.Book'. Did you mean 'fields'? Allowed here: id, fields, indexes.");
    }

    @Test
    void a_type_from_another_language_should_get_the_design_types_name() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  pages: { type: int }
                  title: { type: varchar }
            """)).containsExactly(
                "design.yaml:6:22: unknown value 'int' for 'type'. Did you mean 'integer'? Allowed: string, text, integer, long,"
                    + " decimal, boolean, date, datetime, uuid, enum.",
                "design.yaml:7:22: unknown value 'varchar' for 'type'. Did you mean 'string'? Allowed: string, text, integer,"
                    + " long, decimal, boolean, date, datetime, uuid, enum.");
    }

    @Test
    void loader_should_report_unknown_nested_key_with_its_path_and_hint() {
        assertThat(problemsWith("""
            entities:
              Book:
                fileds:
                  title: { type: string, maxLenght: 5 }
            relationships:
              - { from: Book.author, to: Book, type: many-to-one, onDelte: cascade }
            """)).containsExactly(
                "design.yaml:5:5: unknown key 'fileds' in 'entities.Book'. Did you mean 'fields'? Allowed here: id, fields, indexes.",
                "design.yaml:8:55: unknown key 'onDelte' in item 1 of 'relationships'. Did you mean 'onDelete'?"
                    + " Allowed here: from, to, type, required, inverse, onDelete, id.");
    }

    @Test
    void loader_should_report_a_missing_version() {
        assertThat(problems("app: { name: library, package: com.example.library }\n"))
            .containsExactly("design.yaml:1:1: missing required key 'version' in the top level.");
    }

    @Test
    void loader_should_report_an_unknown_version() {
        assertThat(problems("version: 2\napp: { name: library, package: com.example.library }\n"))
            .containsExactly("design.yaml:1:10: design format version 2 is not supported; this plugin reads 'version: 1'.");
    }

    @Test
    void loader_should_report_a_quoted_version_once_as_a_type_error() {
        assertThat(problems("version: \"1\"\napp: { name: library, package: com.example.library }\n"))
            .containsExactly("design.yaml:1:10: 'version' must be a whole number, found the text '1'.");
    }

    @Test
    void loader_should_report_fields_named_with_java_reserved_words() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  class:  { type: string }
                  public: { type: string }
            """)).containsExactly(
                "design.yaml:6:7: field name 'class' is a Java reserved word; rename it (e.g. 'className' or 'classValue').",
                "design.yaml:7:7: field name 'public' is a Java reserved word; rename it (e.g. 'publicName' or 'publicValue').");
    }

    @Test
    void loader_should_report_names_with_path_segments_or_spaces() {
        assertThat(problemsWith("""
            entities:
              ../Evil:
                fields:
                  x: { type: string }
              Book Two:
                fields:
                  bad name: { type: string }
                  ../up: { type: string }
            """)).containsExactly(
                "design.yaml:4:3: entity name '../Evil' is not a valid class name: use letters and digits in PascalCase,"
                    + " starting with a capital letter (e.g. 'Evil'); it names Java classes, files and URL paths.",
                "design.yaml:7:3: entity name 'Book Two' is not a valid class name: use letters and digits in PascalCase,"
                    + " starting with a capital letter (e.g. 'BookTwo'); it names Java classes, files and URL paths.",
                "design.yaml:9:7: field name 'bad name' is not a valid Java name: use letters and digits in lowerCamelCase"
                    + " (e.g. 'badName').",
                "design.yaml:10:7: field name '../up' is not a valid Java name: use letters and digits in lowerCamelCase (e.g. 'up').");
    }

    @Test
    void loader_should_report_an_unknown_type_with_did_you_mean_hint() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  title: { type: strin }
            """)).containsExactly("design.yaml:6:22: unknown value 'strin' for 'type'. Did you mean 'string'? Allowed: string,"
                + " text, integer, long, decimal, boolean, date, datetime, uuid, enum.");
    }

    @Test
    void loader_should_report_min_on_a_string_field() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  title: { type: string, min: 1 }
            """)).containsExactly("design.yaml:6:30: 'min' does not apply to field 'title' of type string; it applies to"
                + " integer, long and decimal fields; for a length limit use 'minLength'.");
    }

    @Test
    void loader_should_report_max_length_below_min_length() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  title: { type: string, minLength: 5, maxLength: 2 }
            """)).containsExactly(
                "design.yaml:6:55: maxLength 2 of field 'title' is below its minLength 5; no value could be valid.");
    }

    @Test
    void loader_should_report_a_relationship_to_an_entity_that_does_not_exist() {
        assertThat(problemsWith("""
            entities:
              Author:
                fields:
                  name: { type: string }
              Book:
                fields:
                  title: { type: string }
            relationships:
              - { from: Book.author, to: Autor, type: many-to-one }
            """)).containsExactly("design.yaml:11:30: relationship 'to' names the unknown entity 'Autor'. Did you mean 'Author'?"
                + " Entities: Author, Book.");
    }

    @Test
    void loader_should_report_a_duplicate_entity_key_and_keep_checking() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  title: { type: string }
              Book:
                fields:
                  title: { type: strin }
            api:
              resources:
                Book: { operations: [lst] }
            """)).containsExactly(
                "design.yaml:7:3: duplicate key 'Book' (first defined at line 4); a later one would silently replace it,"
                    + " so merge the two or rename one.",
                "design.yaml:12:26: unknown value 'lst' for item 1 of 'operations'. Did you mean 'list'? Allowed: list, get,"
                    + " create, update, patch, delete.");
    }

    @Test
    void loader_should_report_an_empty_file() {
        String expected = "design.yaml:1:1: the file is empty. A design starts with 'version: 1' and an 'app' section;"
            + " run 'mvn builder:init' for a commented starter.";
        assertThat(problems("")).containsExactly(expected);
        assertThat(problems("# only a comment\n")).containsExactly(expected);
        assertThat(problems("---\n")).containsExactly(expected);
    }

    @Test
    void loader_should_reject_a_20_mb_file_by_its_size_before_reading_it() throws Exception {
        Path file = dir.resolve("design.yaml");
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(20L * 1024 * 1024); // sparse: the loader must refuse it by size, without reading it
        }

        DesignException e = catchThrowableOfType(DesignException.class, () -> new DesignLoader().load(file, "design.yaml"));

        assertThat(e.problems()).extracting(DesignProblem::toString).containsExactly("design.yaml:1:1: the file is 20.0 MB;"
            + " a design file may be at most 2 MB. Is builder.design pointing at the right file?");
    }

    @Test
    void loader_should_reject_oversized_text_given_directly() {
        assertThat(problems("#".repeat((int) DesignLoader.MAX_FILE_BYTES + 1))).containsExactly("design.yaml:1:1: the file is"
            + " 2.0 MB; a design file may be at most 2 MB. Is builder.design pointing at the right file?");
    }

    @Test
    void loader_should_stop_a_billion_laughs_alias_bomb_at_the_alias_that_exceeds_the_limit() {
        StringBuilder yaml = new StringBuilder("version: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                .append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }

        assertThat(problems(yaml.toString())).containsExactly("design.yaml:8:23: the YAML references anchored lists or mappings"
            + " more than 50 times (an alias bomb?); a design file needs far fewer aliases.");
    }

    @Test
    void loader_should_stop_a_bomb_that_stays_under_the_alias_limit_by_counting_nodes() {
        // 7 levels of 5 aliases: 35 aliases, but 5^7 = 78,125 lists of 5 lol each once expanded
        StringBuilder yaml = new StringBuilder("version: 1\nl0: &l0 [lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 7; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [")
                .append(String.join(", ", java.util.Collections.nCopies(5, "*l" + (i - 1)))).append("]\n");
        }

        List<String> problems = problems(yaml.toString());

        assertThat(problems).singleElement().asString()
            .endsWith(": the YAML expands to more than 100000 nodes (through anchors and aliases?); a design file is far smaller.");
    }

    @Test
    void loader_should_report_an_alias_to_its_own_parent() {
        assertThat(problems("version: 1\napp: &a [ *a ]\n")).containsExactly(
            "design.yaml:2:6: an alias refers to the list or mapping that contains it; a design cannot be recursive.");
    }

    @Test
    void loader_should_report_bytes_that_are_not_utf8() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "version: 1\napp: { name: caf\u00e9, package: x }\n".getBytes(StandardCharsets.ISO_8859_1));

        DesignException e = catchThrowableOfType(DesignException.class, () -> new DesignLoader().load(file, "latin1.yaml"));

        assertThat(e.problems()).extracting(DesignProblem::toString)
            .containsExactly("latin1.yaml:1:1: the file is not UTF-8 text; save it as UTF-8.");
    }

    @Test
    void loader_should_report_a_second_yaml_document() {
        assertThat(problems("version: 1\n---\nversion: 1\n"))
            .containsExactly("design.yaml:3:1: a design file holds one YAML document; remove the second '---' document.");
    }

    @Test
    void loader_should_report_deep_nesting_instead_of_overflowing_the_stack() {
        String yaml = "version: 1\napp: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThat(problems(yaml))
            .containsExactly("design.yaml:2:69: the YAML nests more than 64 levels deep; a design file never does.");
    }

    @Test
    void loader_should_report_explicit_tags() {
        assertThat(problems("version: !!binary aGVsbG8=\n"))
            .containsExactly("design.yaml:1:10: the YAML tag '!!binary' is not supported in a design file; remove it.");
        assertThat(problems("version: 1\napp: !custom { name: library }\n"))
            .containsExactly("design.yaml:2:6: the YAML tag '!custom' is not supported in a design file; remove it.");
        assertThat(problems("version: 1\napp: !!set { name: library }\n"))
            .containsExactly("design.yaml:2:6: the YAML tag '!!set' is not supported in a design file; remove it.");
    }

    @Test
    void loader_should_report_explicit_scalar_tags_whose_value_does_not_fit() {
        assertThat(problems("version: !!int abc\n")).containsExactly("design.yaml:1:10: 'abc' is not a whole number.");
        assertThat(problems("version: !!int 0x\n")).containsExactly("design.yaml:1:10: '0x' is not a whole number.");
        assertThat(problems("version: !!bool maybe\n")).containsExactly("design.yaml:1:10: 'maybe' is not true or false.");
        assertThat(problems("version: !!float .inf\n"))
            .containsExactly("design.yaml:1:10: '.inf' is not a finite number; use a plain decimal such as 0.8.");
    }

    @Test
    void loader_should_reject_numbers_too_large_to_handle() {
        assertThat(problemsWith("quality: { coverage: { line: 1e999999999 } }\n")).containsExactly(
            "design.yaml:3:30: '1e999999999' is too large or too small for a design file; use a plain decimal such as 0.8.");
        assertThat(problemsWith("quality: { coverage: { line: 1e-999999999 } }\n")).containsExactly(
            "design.yaml:3:30: '1e-999999999' is too large or too small for a design file; use a plain decimal such as 0.8.");
        assertThat(problemsWith("api: { pagination: { maxSize: " + "9".repeat(100) + " } }\n")).containsExactly(
            "design.yaml:3:31: the number '99999999999999999999…' has more than 40 characters; a design file needs no such number.");
    }

    @Test
    void loader_should_report_a_key_that_is_not_a_plain_name() {
        assertThat(problems("version: 1\n[a, b]: 1\n"))
            .containsExactly("design.yaml:2:1: a key must be a plain name, not a list.");
    }

    @Test
    void loader_should_name_empty_and_numeric_keys_without_crashing() {
        assertThat(problemsWith("entities: { \"\": 5, \"99999999999\": 6 }\n")).containsExactly(
            "design.yaml:3:13: entity name '' is not a valid class name: use letters and digits in PascalCase, starting with a"
                + " capital letter (e.g. 'Book'); it names Java classes, files and URL paths.",
            "design.yaml:3:17: '' must be a mapping, found '5'.",
            "design.yaml:3:20: entity name '99999999999' is not a valid class name: use letters and digits in PascalCase,"
                + " starting with a capital letter (e.g. 'Book'); it names Java classes, files and URL paths.",
            "design.yaml:3:35: '99999999999' must be a mapping, found '6'.");
    }

    @Test
    void loader_should_explain_schema_limits_in_words() {
        assertThat(problems("""
            version: 1
            app: { name: library, package: com.example.library, description: }
            entities:
              Book:
                fields:
                  title: { type: string, maxLength: 0, default: [1] }
                  price: { type: decimal, precision: 40 }
                  status: { type: enum, values: [A], id: [] }
                indexes:
                  - []
            api:
              pagination: { defaultSize: 0 }
            performance:
              - { endpoint: "GET /api/books", p95Ms: 0 }
            quality:
              coverage: { line: 1.5 }
            """)).containsExactly(
                "design.yaml:2:65: 'description' must be a string, found nothing.",
                "design.yaml:6:41: 'maxLength' must be at least 1, found 0.",
                "design.yaml:6:53: 'default' must be a string or a number or true or false, found a list.",
                "design.yaml:7:42: 'precision' must be at most 38, found 40.",
                "design.yaml:8:46: 'id' must be a string, found a list.",
                "design.yaml:10:9: item 1 of 'indexes' must not be empty.",
                "design.yaml:12:30: 'defaultSize' must be at least 1, found 0.",
                "design.yaml:14:5: performance endpoint 'GET /api/books' is not served by the API. The api section exposes no resources.",
                "design.yaml:14:42: 'p95Ms' must be greater than 0, found 0.",
                "design.yaml:16:21: 'line' must be at most 1, found 1.5.");
    }

    @Test
    void loader_should_report_a_permission_that_fits_no_alternative_once() {
        assertThat(problemsWith("""
            security:
              permissions:
                "*": { list: everyone, get: 5 }
            """)).containsExactly(
                "design.yaml:5:18: 'list' must be a list of roles, or 'public' or 'authenticated', found the text 'everyone'.",
                "design.yaml:5:33: 'get' must be a list of roles, or 'public' or 'authenticated', found '5'.");
    }

    @Test
    void loader_should_collect_all_errors_of_a_design_sorted_by_place() {
        assertThat(problems("""
            version: 1
            app: { name: Library, package: com.example.library, java: 11 }
            entities:
              Book:
                fields:
                  class: { type: string, min: 1 }
                  title: { type: string, minLength: 5, maxLength: 2 }
                  pages: { type: integr }
              Book:
                fields:
                  x: { type: string }
            relationships:
              - { from: Book.author, to: Autor, type: many-to-one }
            api:
              basePath: api/
              resources:
                Book: { operations: [list], sort: [titel] }
            security:
              roles: [USER]
              permissions:
                "*": { list: [USERS] }
            colour: blue
            """)).containsExactly(
                "design.yaml:2:14: app.name 'Library' must be a Maven artifactId in lower case with dashes, such as 'library'.",
                "design.yaml:2:59: unknown value '11' for 'java'. Did you mean '17'? Allowed: 17, 21, 25.",
                "design.yaml:6:7: field name 'class' is a Java reserved word; rename it (e.g. 'className' or 'classValue').",
                "design.yaml:6:30: 'min' does not apply to field 'class' of type string; it applies to integer, long and decimal"
                    + " fields; for a length limit use 'minLength'.",
                "design.yaml:7:55: maxLength 2 of field 'title' is below its minLength 5; no value could be valid.",
                "design.yaml:8:22: unknown value 'integr' for 'type'. Did you mean 'integer'? Allowed: string, text, integer,"
                    + " long, decimal, boolean, date, datetime, uuid, enum.",
                "design.yaml:9:3: duplicate key 'Book' (first defined at line 4); a later one would silently replace it, so merge"
                    + " the two or rename one.",
                "design.yaml:13:30: relationship 'to' names the unknown entity 'Autor'. Entities: Book.",
                "design.yaml:15:13: api.basePath 'api/' must start with '/', have no trailing '/', and use lower-case letters,"
                    + " digits, '.', '_' or '-' (e.g. '/api' or '/api/v1').",
                "design.yaml:17:40: sort key 'titel' is not a field of Book. Did you mean 'title'? Known: class, pages, title.",
                "design.yaml:21:12: permission 'list' on '*' names the unknown role 'USERS'. Did you mean 'USER'? Roles: USER, ADMIN.",
                "design.yaml:22:1: unknown key 'colour' in the top level. Allowed here: version, app, entities, relationships, api,"
                    + " security, integrations, performance, quality.");
    }
}
