package dev.backendbuilder.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, SQL names, suggestions, rate limits, pointers, locations and the exception text. */
class DesignSupportTest {

    @Test
    void names_should_convert_between_cases() {
        assertThat(Names.snakeCase("publishedOn")).isEqualTo("published_on");
        assertThat(Names.snakeCase("ISBNCode")).isEqualTo("isbn_code");
        assertThat(Names.snakeCase("isbnLookup")).isEqualTo("isbn_lookup");
        assertThat(Names.kebabCase("BookReview")).isEqualTo("book-review");
        assertThat(Names.camelCase("published_on")).isEqualTo("publishedOn");
        assertThat(Names.camelCase("Book Two")).isEqualTo("bookTwo");
        assertThat(Names.camelCase("_x-y")).isEqualTo("xY");
    }

    @Test
    void names_should_tell_entity_member_and_constant_names() {
        assertThat(Names.isEntityName("OrderLine")).isTrue();
        assertThat(Names.isEntityName("orderLine")).isFalse();
        assertThat(Names.isMemberName("publishedOn")).isTrue();
        assertThat(Names.isMemberName("Published")).isFalse();
        assertThat(Names.isConstantName("USER_ADMIN")).isTrue();
        assertThat(Names.isConstantName("User")).isFalse();
    }

    @Test
    void names_should_form_english_plurals_of_the_last_word() {
        assertThat(Names.plural("Book")).isEqualTo("Books");
        assertThat(Names.plural("Category")).isEqualTo("Categories");
        assertThat(Names.plural("Day")).isEqualTo("Days");
        assertThat(Names.plural("Address")).isEqualTo("Addresses");
        assertThat(Names.plural("Box")).isEqualTo("Boxes");
        assertThat(Names.plural("Match")).isEqualTo("Matches");
        assertThat(Names.plural("Person")).isEqualTo("People");
        assertThat(Names.plural("SalesPerson")).isEqualTo("SalesPeople");
        assertThat(Names.plural("child")).isEqualTo("children");
        assertThat(Names.plural("OrderLine")).isEqualTo("OrderLines");
    }

    @Test
    void sql_names_should_add_an_underscore_to_reserved_words_only() {
        assertThat(SqlNames.safe("order")).isEqualTo("order_");
        assertThat(SqlNames.safe("user")).isEqualTo("user_");
        assertThat(SqlNames.safe("group")).isEqualTo("group_");
        assertThat(SqlNames.safe("key")).isEqualTo("key_");
        assertThat(SqlNames.safe("value")).isEqualTo("value_");
        assertThat(SqlNames.safe("book")).isEqualTo("book");
        assertThat(SqlNames.isReserved("SELECT")).isTrue();
        assertThat(SqlNames.isReserved("published_on")).isFalse();
    }

    @Test
    void suggestions_should_measure_edit_distance_with_transpositions() {
        assertThat(Suggestions.distance("fields", "fields")).isZero();
        assertThat(Suggestions.distance("fileds", "fields")).isEqualTo(1);
        assertThat(Suggestions.distance("Autor", "Author")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggestions_should_name_the_design_type_for_another_languages_type_name() {
        List<String> types = List.of("string", "text", "integer", "long", "decimal", "boolean", "date", "datetime", "uuid", "enum");

        assertThat(Suggestions.didYouMean("int", types)).isEqualTo(" Did you mean 'integer'?");
        assertThat(Suggestions.didYouMean("VARCHAR", types)).isEqualTo(" Did you mean 'string'?");
        assertThat(Suggestions.didYouMean("timestamp", types)).isEqualTo(" Did you mean 'datetime'?");
        assertThat(Suggestions.didYouMean("int", List.of("fields", "indexes"))).isEmpty();
    }

    @Test
    void suggestions_should_offer_the_closest_candidate_within_tolerance() {
        assertThat(Suggestions.closest("entites", List.of("version", "entities", "api"))).contains("entities");
        assertThat(Suggestions.closest("STRING", List.of("string", "text"))).contains("string");
        assertThat(Suggestions.closest("size", List.of("colour"))).isEmpty();
        assertThat(Suggestions.closest("a", List.of("b", "app"))).isEmpty();
        assertThat(Suggestions.closest("ab", List.of("b"))).contains("b");
        assertThat(Suggestions.closest("x", List.of())).isEmpty();
        assertThat(Suggestions.closest("maxLenght", List.of("maxLength", "minLength"))).contains("maxLength");
        assertThat(Suggestions.didYouMean("Autor", List.of("Author"))).isEqualTo(" Did you mean 'Author'?");
        assertThat(Suggestions.didYouMean("Zebra", List.of("Author"))).isEmpty();
    }

    @Test
    void rate_limits_should_parse_requests_per_period() {
        assertThat(RateLimits.parse("100/min")).contains(new Security.RateLimit(100, Duration.ofMinutes(1)));
        assertThat(RateLimits.parse(" 10 / s ")).contains(new Security.RateLimit(10, Duration.ofSeconds(1)));
        assertThat(RateLimits.parse("5000/Hour")).contains(new Security.RateLimit(5000, Duration.ofHours(1)));
        assertThat(RateLimits.parse("1/day")).contains(new Security.RateLimit(1, Duration.ofDays(1)));
        assertThat(RateLimits.parse("0/min")).isEmpty();
        assertThat(RateLimits.parse("100/fortnight")).isEmpty();
        assertThat(RateLimits.parse("lots")).isEmpty();
        assertThat(RateLimits.parse("9999999999/s")).isEmpty();
    }

    @Test
    void source_map_should_escape_pointer_tokens_and_fall_back_to_ancestors() {
        assertThat(SourceMap.child("/security/permissions", "a/b~c")).isEqualTo("/security/permissions/a~1b~0c");
        assertThat(SourceMap.lastToken("/security/permissions/a~1b~0c")).isEqualTo("a/b~c");
        assertThat(SourceMap.child("/relationships", 2)).isEqualTo("/relationships/2");
        assertThat(SourceMap.parent("/a/b")).isEqualTo("/a");
        assertThat(SourceMap.parent("/a")).isEmpty();

        SourceMap map = new SourceMap("d.yaml");
        map.putValue("/entities", new Location("d.yaml", 3, 1));
        map.putKey("/entities/Book", new Location("d.yaml", 4, 3));
        map.putValue("/entities/Book", new Location("d.yaml", 5, 5));
        assertThat(map.file()).isEqualTo("d.yaml");
        assertThat(map.key("/entities/Book")).hasToString("d.yaml:4:3");
        assertThat(map.value("/entities/Book")).hasToString("d.yaml:5:5");
        assertThat(map.value("/entities/Book/fields/title")).hasToString("d.yaml:5:5");
        assertThat(map.key("/entities/Author")).hasToString("d.yaml:3:1");
        assertThat(map.value("/api/basePath")).hasToString("d.yaml:1:1");
    }

    @Test
    void locations_should_order_by_line_then_column_and_print_as_file_line_column() {
        List<Location> locations = new ArrayList<>(List.of(
            new Location("d.yaml", 10, 1), new Location("d.yaml", 2, 9), new Location("d.yaml", 2, 3)));
        locations.sort(null);

        assertThat(locations).extracting(Location::toString).containsExactly("d.yaml:2:3", "d.yaml:2:9", "d.yaml:10:1");
        assertThat(Location.startOf("d.yaml")).isEqualTo(new Location("d.yaml", 1, 1));
    }

    @Test
    void problems_at_one_place_should_order_by_message() {
        Location at = new Location("d.yaml", 1, 1);
        List<DesignProblem> problems = new ArrayList<>(List.of(new DesignProblem(at, "b"), new DesignProblem(at, "a")));
        problems.sort(null);

        assertThat(problems).extracting(DesignProblem::message).containsExactly("a", "b");
    }

    @Test
    void design_exception_message_should_count_and_list_every_problem() {
        DesignException one = new DesignException(List.of(new DesignProblem(new Location("design.yaml", 2, 6), "bad")));
        DesignException two = new DesignException(List.of(
            new DesignProblem(new Location("design.yaml", 2, 6), "bad"),
            new DesignProblem(new Location("design.yaml", 3, 1), "worse")));
        String nl = System.lineSeparator();

        assertThat(one.getMessage()).isEqualTo("design.yaml has 1 error:" + nl + "  design.yaml:2:6: bad");
        assertThat(two.getMessage()).isEqualTo("design.yaml has 2 errors:" + nl + "  design.yaml:2:6: bad" + nl + "  design.yaml:3:1: worse");
        assertThat(two.problems()).hasSize(2);
        assertThatThrownBy(() -> new DesignException(List.of())).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a DesignException needs at least one problem");
    }

    @Test
    void starter_design_should_derive_names_from_the_folder() {
        assertThat(StarterDesign.appNameFor("My Service")).isEqualTo("my-service");
        assertThat(StarterDesign.appNameFor("2024_Books!")).isEqualTo("books");
        assertThat(StarterDesign.appNameFor("!!!")).isEqualTo("app");
        assertThat(StarterDesign.packageFor("my-service")).isEqualTo("com.example.myservice");
        assertThat(StarterDesign.packageFor("class")).isEqualTo("com.example.classapp");
        assertThat(StarterDesign.pom("library", "1.2.3")).contains("1.2.3").doesNotContain("{{");
        assertThat(new String(StarterDesign.schema(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"$schema\"");
    }

    @Test
    void enums_should_read_their_yaml_names() {
        assertThat(Operation.of(" Patch ")).isEqualTo(Operation.PATCH);
        assertThat(Operation.DELETE.yamlName()).isEqualTo("delete");
        assertThat(Operation.CREATE.httpMethod()).isEqualTo("POST");
        assertThat(Operation.LIST.onItem()).isFalse();
        assertThat(Relationship.Kind.of("many-to-many")).isEqualTo(Relationship.Kind.MANY_TO_MANY);
        assertThat(Relationship.OnDelete.of("set-null")).isEqualTo(Relationship.OnDelete.SET_NULL);
        assertThat(Field.Type.of("datetime")).isEqualTo(Field.Type.DATETIME);
        assertThat(Field.Format.of("url")).isEqualTo(Field.Format.URL);
        assertThat(App.Database.of("mysql")).isEqualTo(App.Database.MYSQL);
        assertThat(Security.Authentication.of("basic")).isEqualTo(Security.Authentication.BASIC);
    }
}
