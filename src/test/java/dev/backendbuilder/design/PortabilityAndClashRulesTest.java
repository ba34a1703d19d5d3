package dev.backendbuilder.design;

import static dev.backendbuilder.design.Designs.problemsWith;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one of the databases or the generated code could not hold is refused, located, with what to do. */
class PortabilityAndClashRulesTest {

    @Test
    void an_index_or_unique_constraint_on_a_text_field_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Note:
                fields:
                  body: { type: text, unique: true }
                  title: { type: string }
                indexes:
                  - [title, body]
            """)).containsExactly(
                "design.yaml:6:27: field 'body' is a unique text field: H2 and MySQL cannot put a unique constraint on a text"
                    + " (CLOB) column. Make it 'type: string' with a maxLength (up to 768), or drop 'unique'.",
                "design.yaml:9:17: index of Note names the text field 'body': H2 and MySQL cannot index a text (CLOB) column."
                    + " Make it 'type: string' with a maxLength (up to 768) to index it, or drop it from the index.");
    }

    @Test
    void strings_too_long_for_an_index_or_a_varchar_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Note:
                fields:
                  code: { type: string, unique: true, maxLength: 1000 }
                  a: { type: string, maxLength: 500 }
                  b: { type: string, maxLength: 500 }
                  huge: { type: string, maxLength: 20000 }
                indexes:
                  - [a, b]
            """)).containsExactly(
                "design.yaml:6:54: field 'code' is unique with a maxLength of 1000: MySQL cannot index strings longer than 768"
                    + " characters; lower maxLength.",
                "design.yaml:9:40: maxLength 20000 of string field 'huge' is above 16383, the longest VARCHAR MySQL can hold;"
                    + " use 'type: text' for long text.",
                "design.yaml:11:9: index of Note over a, b spans 1000 characters of strings; MySQL indexes at most 768."
                    + " Lower their maxLength.");
    }

    @Test
    void a_filter_named_like_a_paging_parameter_should_be_refused_with_a_new_name() {
        assertThat(problemsWith("""
            entities:
              Shoe:
                fields:
                  size: { type: integer }
                  page: { type: string }
            api:
              resources:
                Shoe: { operations: [list], filters: [size, page], sort: [size] }
            """)).containsExactly(
                "design.yaml:10:43: filter 'size' of Shoe would be the query parameter 'size', which pages and sorts every"
                    + " list (page, size, sort); rename the field (e.g. 'shoeSize') or drop the filter.",
                "design.yaml:10:49: filter 'page' of Shoe would be the query parameter 'page', which pages and sorts every"
                    + " list (page, size, sort); rename the field (e.g. 'shoePage') or drop the filter.");
    }

    @Test
    void tables_of_entities_join_tables_and_the_generator_should_not_share_a_name() {
        assertThat(problemsWith("""
            entities:
              AuthUser:
                fields: { name: { type: string } }
              Book:
                fields: { title: { type: string } }
              BookTags:
                fields: { label: { type: string } }
              Tag:
                fields: { label: { type: string } }
            relationships:
              - { from: Book.tags, to: Tag, type: many-to-many }
            """)).containsExactly(
                "design.yaml:4:3: entity 'AuthUser' would be the table 'auth_user', which is the generated backend's own"
                    + " table; rename the entity (e.g. 'AuthUserRecord').",
                "design.yaml:13:5: the join table of Book.tags would be 'book_tags', which is entity BookTags; rename the"
                    + " relationship or the entity.");
    }

    @Test
    void a_unique_field_with_one_possible_value_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Visit:
                fields:
                  state: { type: enum, values: [DRAFT], unique: true }
                  slot: { type: integer, min: 3, max: 3, unique: true }
                  level: { type: integer, min: 3, max: 4, unique: true }
            """)).containsExactly(
                "design.yaml:6:45: field 'state' is unique but has one possible value, so its table could hold a single"
                    + " row; give it more values or drop 'unique'.",
                "design.yaml:7:46: field 'slot' is unique but has one possible value, so its table could hold a single"
                    + " row; give it more values or drop 'unique'.");
    }
}
