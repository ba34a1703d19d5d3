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

    @Test
    void repeated_indexes_columns_and_many_to_many_columns_in_an_index_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Book:
                fields:
                  title: { type: string }
                  isbn: { type: string }
                indexes:
                  - [title, isbn]
                  - [title, isbn]
                  - [isbn, isbn]
                  - [tags]
              Tag:
                fields: { label: { type: string } }
            relationships:
              - { from: Book.tags, to: Tag, type: many-to-many }
            """)).containsExactly(
                "design.yaml:10:9: index of Book over title, isbn repeats index 1; the database would refuse a second index"
                    + " of that name. Drop one.",
                "design.yaml:11:16: index of Book names 'isbn' twice; name each column once.",
                "design.yaml:12:10: index of Book names 'tags', a many-to-many relationship: it has no column in Book's"
                    + " table, and its join table is indexed already. Drop it from the index.");
    }

    @Test
    void a_cycle_of_required_references_should_be_refused_once_at_the_reference_that_closes_it() {
        assertThat(problemsWith("""
            entities:
              Comment:
                fields: { text: { type: string } }
              Owner:
                fields: { name: { type: string } }
              Pet:
                fields: { name: { type: string } }
            relationships:
              - { from: Comment.parent, to: Comment, type: many-to-one, required: true }
              - { from: Owner.favourite, to: Pet, type: one-to-one, required: true }
              - { from: Pet.owner, to: Owner, type: many-to-one, required: true }
            """)).containsExactly(
                "design.yaml:11:5: required references form a cycle (Comment.parent -> Comment): no Comment could be created"
                    + " first, since each needs an existing row of the next. Make one of them optional (drop 'required').",
                "design.yaml:13:5: required references form a cycle (Owner.favourite -> Pet, Pet.owner -> Owner): no Owner"
                    + " could be created first, since each needs an existing row of the next. Make one of them optional"
                    + " (drop 'required').");
    }

    @Test
    void a_read_only_unique_field_with_a_default_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Ticket:
                fields:
                  code: { type: string, readOnly: true, unique: true, default: A1 }
            """)).containsExactly(
                "design.yaml:6:45: field 'code' is readOnly and unique with a default: clients cannot send it, so every row"
                    + " gets 'A1' and the second row breaks 'unique'. Drop 'readOnly', 'unique' or the default.");
    }

    @Test
    void a_role_with_spring_securitys_prefix_should_be_refused_with_its_bare_name() {
        assertThat(problemsWith("""
            security:
              authentication: jwt
              roles: [ROLE_AUDITOR]
            """)).containsExactly(
                "design.yaml:5:11: role 'ROLE_AUDITOR' starts with 'ROLE_', the prefix Spring Security adds to every role"
                    + " itself (it would refuse this name at start-up); name it 'AUDITOR'.");
    }

    @Test
    void decimal_bounds_and_defaults_that_their_column_cannot_hold_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Rate:
                fields:
                  tenths: { type: decimal, precision: 1, min: 10 }
                  digit: { type: decimal, precision: 1, min: 3, max: 9, default: 6 }
                  cents: { type: decimal, precision: 4, scale: 2, max: 0.005, default: 100 }
            """)).containsExactly(
                "design.yaml:6:51: min 10 of decimal field 'tenths' does not fit its precision 1 and scale 0 (the default"
                    + " scale), which hold values up to 9; raise 'precision' (or lower 'scale').",
                "design.yaml:8:60: max 0.005 of decimal field 'cents' has more digits after the point than its precision 4"
                    + " and scale 2 keep; raise 'scale' or round the value.",
                "design.yaml:8:76: default '100' of field 'cents' does not fit its precision 4 and scale 2, which hold values"
                    + " up to 99.99; raise 'precision' (or lower 'scale').");
    }

    @Test
    void a_unique_decimal_with_one_value_its_column_can_hold_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Rate:
                fields:
                  top: { type: decimal, unique: true, precision: 1, min: 9 }
                  tenths: { type: decimal, unique: true, precision: 1, scale: 1, max: 0.2 }
            """)).containsExactly(
                "design.yaml:6:29: field 'top' is unique but has one possible value, so its table could hold a single"
                    + " row; give it more values or drop 'unique'.");
    }

    @Test
    void a_sort_key_named_like_a_sort_direction_should_be_refused() {
        assertThat(problemsWith("""
            entities:
              Grant:
                fields:
                  asc: { type: string }
            api:
              resources:
                Grant: { operations: [list], sort: [asc] }
            """)).containsExactly(
                "design.yaml:9:41: sort key 'asc' of Grant is a sort direction: '?sort=asc,desc' could not tell the"
                    + " property from the direction; rename the field (e.g. 'grantAsc') or drop the sort key.");
    }
}
