package dev.backendbuilder.design;

import static dev.backendbuilder.design.Designs.HEADER;
import static dev.backendbuilder.design.Designs.load;
import static dev.backendbuilder.design.Designs.problemsWith;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The semantic rules, branch by branch, with the exact located messages. */
class DesignRulesTest {

    private static String entity(String fields) {
        return "entities:\n  Book:\n    fields:\n" + fields.indent(6);
    }

    @Nested
    class FieldRulesTest {

        @Test
        void field_rules_should_refuse_text_constraints_on_other_types_with_hints() {
            assertThat(problemsWith(entity("""
                n: { type: integer, minLength: 1, maxLength: 2, pattern: x }
                b: { type: boolean, minLength: 1, format: email, min: 0, max: 1 }
                t: { type: text, max: 3, format: url }
                """))).containsExactly(
                    "design.yaml:6:27: 'minLength' does not apply to field 'n' of type integer; it applies to string and text"
                        + " fields; use 'min'.",
                    "design.yaml:6:41: 'maxLength' does not apply to field 'n' of type integer; it applies to string and text"
                        + " fields; use 'max'.",
                    "design.yaml:6:55: 'pattern' does not apply to field 'n' of type integer; it applies to string and text fields.",
                    "design.yaml:7:27: 'minLength' does not apply to field 'b' of type boolean; it applies to string and text fields.",
                    "design.yaml:7:41: 'format' does not apply to field 'b' of type boolean; it applies to string fields.",
                    "design.yaml:7:56: 'min' does not apply to field 'b' of type boolean; it applies to integer, long and decimal fields.",
                    "design.yaml:7:64: 'max' does not apply to field 'b' of type boolean; it applies to integer, long and decimal fields.",
                    "design.yaml:8:24: 'max' does not apply to field 't' of type text; it applies to integer, long and decimal"
                        + " fields; for a length limit use 'maxLength'.",
                    "design.yaml:8:32: 'format' does not apply to field 't' of type text; it applies to string fields.");
        }

        @Test
        void field_rules_should_refuse_decimal_and_enum_constraints_on_other_types() {
            assertThat(problemsWith(entity("""
                n: { type: long, precision: 5, scale: 2, values: [A] }
                """))).containsExactly(
                    "design.yaml:6:24: 'precision' does not apply to field 'n' of type long; it applies to decimal fields.",
                    "design.yaml:6:38: 'scale' does not apply to field 'n' of type long; it applies to decimal fields.",
                    "design.yaml:6:48: 'values' does not apply to field 'n' of type long; it applies to enum fields.");
        }

        @Test
        void field_rules_should_report_ranges_that_no_value_fits() {
            assertThat(problemsWith(entity("""
                d: { type: decimal, precision: 3, scale: 5, min: 10, max: 1 }
                i: { type: integer, min: 1.5, max: 99999999999 }
                j: { type: integer, min: -99999999999 }
                """))).containsExactly(
                    "design.yaml:6:48: scale 5 of field 'd' exceeds its precision 3; scale counts the digits after the point,"
                        + " of the 3 digits in all.",
                    "design.yaml:6:65: max 1 of field 'd' is below its min 10; no value could be valid.",
                    "design.yaml:7:32: min 1.5 of integer field 'i' must be a whole number within the 32-bit range.",
                    "design.yaml:7:42: max 99999999999 of integer field 'i' must be a whole number within the 32-bit range; use type long.",
                    "design.yaml:8:32: min -99999999999 of integer field 'j' must be a whole number within the 32-bit range; use type long.");
        }

        @Test
        void field_rules_should_accept_ranges_that_fit() {
            Design design = load(HEADER + entity("""
                i: { type: integer, min: 1.0, max: 5, default: 3 }
                d: { type: decimal, precision: 5, scale: 5, min: 0, max: 0 }
                s: { type: string, minLength: 2, maxLength: 2, default: ab }
                """));

            assertThat(design.entity("Book").orElseThrow().fields()).hasSize(3);
        }

        @Test
        void field_rules_should_report_contradicting_flags() {
            assertThat(problemsWith(entity("""
                a: { type: string, required: true, nullable: true }
                b: { type: string, readOnly: true, writeOnly: true }
                c: { type: string, readOnly: true, required: true }
                """))).containsExactly(
                    "design.yaml:6:42: field 'a' is both required and nullable; a required field is NOT NULL, so drop one of the two.",
                    "design.yaml:7:42: field 'b' is both readOnly and writeOnly; clients could neither send nor see it. Keep one.",
                    "design.yaml:8:26: field 'c' is readOnly and required but has no default: clients cannot send it, so nothing"
                        + " would fill it. Add a default.");
        }

        @Test
        void field_rules_should_accept_a_read_only_required_field_with_a_default() {
            assertThat(load(HEADER + entity("c: { type: boolean, readOnly: true, required: true, default: false }"))
                .entity("Book").orElseThrow().fields().get("c").defaultValue()).isEqualTo("false");
        }

        @Test
        void field_rules_should_report_an_invalid_pattern() {
            assertThat(problemsWith(entity("s: { type: string, pattern: \"[a-\" }"))).containsExactly(
                "design.yaml:6:35: pattern of field 's' is not a valid regular expression: Illegal character range near index 3.");
        }

        @Test
        void field_rules_should_report_enum_fields_without_values_and_bad_values() {
            assertThat(problemsWith(entity("""
                a: { type: enum }
                b: { type: enum, values: [draft-copy, DONE, DONE, class] }
                """))).containsExactly(
                    "design.yaml:6:7: enum field 'a' needs 'values', e.g. values: [DRAFT, PUBLISHED].",
                    "design.yaml:7:33: enum value 'draft-copy' of field 'b' must be an UPPER_SNAKE_CASE Java constant (e.g. 'DRAFT_COPY').",
                    "design.yaml:7:51: enum value 'DONE' of field 'b' is listed twice.",
                    "design.yaml:7:57: enum value 'class' of field 'b' must be an UPPER_SNAKE_CASE Java constant (e.g. 'CLASS').");
        }

        @Test
        void field_rules_should_report_defaults_that_do_not_fit_the_type() {
            assertThat(problemsWith(entity("""
                e: { type: enum, values: [DRAFT, DONE], default: DRAFTS }
                b: { type: boolean, default: yes }
                i: { type: integer, default: abc }
                l: { type: long, default: 1.5 }
                m: { type: decimal, min: 1, max: 2, default: 0.5 }
                n: { type: decimal, max: 2, default: 3 }
                d: { type: date, default: 2024-13-01 }
                t: { type: datetime, default: yesterday }
                u: { type: uuid, default: not-a-uuid }
                s: { type: string, maxLength: 2, default: abc }
                x: { type: text, minLength: 4, default: abc }
                """))).containsExactly(
                    "design.yaml:6:56: default 'DRAFTS' of field 'e' is not one of its values [DRAFT, DONE]. Did you mean 'DRAFT'?",
                    "design.yaml:7:36: default 'yes' of field 'b' is not true or false.",
                    "design.yaml:8:36: default 'abc' of field 'i' is not a number.",
                    "design.yaml:9:33: default '1.5' of field 'l' is not a whole number.",
                    "design.yaml:10:52: default '0.5' of field 'm' is below the field's min 1.",
                    "design.yaml:11:44: default '3' of field 'n' is above the field's max 2.",
                    "design.yaml:12:33: default '2024-13-01' of field 'd' is not a date like 2024-12-31.",
                    "design.yaml:13:37: default 'yesterday' of field 't' is not a date-time like 2024-12-31T23:59:00Z.",
                    "design.yaml:14:33: default 'not-a-uuid' of field 'u' is not a UUID.",
                    "design.yaml:15:49: default 'abc' of field 's' is longer than the field's maxLength 2.",
                    "design.yaml:16:47: default 'abc' of field 'x' is shorter than the field's minLength 4.");
        }

        @Test
        void field_rules_should_accept_defaults_that_fit_the_type() {
            Design design = load(HEADER + entity("""
                d: { type: date, default: 2024-12-31 }
                t: { type: datetime, default: "2024-12-31T23:59:00Z" }
                u: { type: uuid, default: 123e4567-e89b-12d3-a456-426614174000 }
                n: { type: decimal, min: 0, max: 10, default: 2.5 }
                e: { type: enum, values: [A], default: A }
                """));

            assertThat(design.entity("Book").orElseThrow().fields().get("n").defaultValue()).isEqualTo("2.5");
        }
    }

    @Nested
    class EntityRulesTest {

        @Test
        void entity_rules_should_report_an_entity_without_fields() {
            assertThat(problemsWith("entities:\n  Book:\n    fields: {}\n"))
                .containsExactly("design.yaml:5:5: entity 'Book' has no fields; give it at least one.");
        }

        @Test
        void entity_rules_should_report_index_names_that_are_not_fields_or_references() {
            assertThat(problemsWith("""
                entities:
                  Author:
                    fields:
                      name: { type: string }
                  Book:
                    fields:
                      title: { type: string }
                    indexes:
                      - [titel, author]
                      - [publisher]
                relationships:
                  - { from: Book.author, to: Author, type: many-to-one }
                """)).containsExactly(
                    "design.yaml:11:10: index of Book names 'titel', which is not a field or reference of Book. Did you mean 'title'?",
                    "design.yaml:12:10: index of Book names 'publisher', which is not a field or reference of Book.");
        }

        @Test
        void entity_rules_should_report_fields_that_share_a_column() {
            assertThat(problemsWith(entity("""
                isbnCode: { type: string }
                isbn_code: { type: string }
                """))).containsExactly(
                    "design.yaml:7:7: field name 'isbn_code' is not a valid Java name: use letters and digits in lowerCamelCase"
                        + " (e.g. 'isbnCode').",
                    "design.yaml:7:7: fields 'isbnCode' and 'isbn_code' of Book would share the column 'isbn_code'; rename one.");
        }

        @Test
        void entity_rules_should_report_a_foreign_key_that_clashes_with_a_field_column() {
            assertThat(problemsWith("""
                entities:
                  Author:
                    fields:
                      name: { type: string }
                  Book:
                    fields:
                      authorId: { type: long }
                relationships:
                  - { from: Book.author, to: Author, type: many-to-one }
                  - { from: Book.authors, to: Author, type: many-to-many }
                """)).containsExactly("design.yaml:11:5: the foreign key column 'author_id' of Book.author clashes with field"
                    + " 'authorId'; rename one.");
        }

        @Test
        void entity_rules_should_report_inverse_names_that_clash() {
            assertThat(problemsWith("""
                entities:
                  Author:
                    fields:
                      name: { type: string }
                  Book:
                    fields:
                      title: { type: string }
                  Review:
                    fields:
                      text: { type: string }
                relationships:
                  - { from: Book.author, to: Author, type: many-to-one, inverse: works }
                  - { from: Review.author, to: Author, type: many-to-one, inverse: works }
                """)).containsExactly(
                    "design.yaml:15:5: inverse 'works' on Author clashes with inverse of Book.author; rename one.");
        }
    }

    @Nested
    class RelationshipRulesTest {

        private static final String ENTITIES = """
            entities:
              Author:
                fields:
                  name: { type: string }
              Book:
                fields:
                  title: { type: string }
            relationships:
            """;

        @Test
        void relationship_rules_should_report_unknown_from_entity_and_a_from_without_field() {
            assertThat(problemsWith(ENTITIES + """
                  - { from: Bok.author, to: Author, type: many-to-one }
                  - { from: Book, to: Author, type: many-to-one }
                  - { from: Book.a.b, to: Author, type: many-to-one }
                """)).containsExactly(
                    "design.yaml:11:13: relationship 'from' names the unknown entity 'Bok'. Did you mean 'Book'? Entities: Author, Book.",
                    "design.yaml:12:5: relationship 'from: Book' must name the entity and the reference field, as in 'from: Book.author'.",
                    "design.yaml:13:5: relationship 'from: Book.a.b' must name the entity and the reference field, as in"
                        + " 'from: Book.author'.");
        }

        @Test
        void relationship_rules_should_report_bad_member_names_and_duplicates() {
            assertThat(problemsWith(ENTITIES + """
                  - { from: Book.class, to: Author, type: many-to-one, inverse: Books }
                  - { from: Book.author, to: Author, type: many-to-one }
                  - { from: Book.author, to: Author, type: one-to-one }
                  - { from: Book.title, to: Author, type: many-to-one, inverse: name }
                """)).containsExactly(
                    "design.yaml:11:5: inverse name 'Books' is not a valid Java name: use letters and digits in lowerCamelCase"
                        + " (e.g. 'books').",
                    "design.yaml:11:5: relationship field name 'class' is a Java reserved word; rename it (e.g. 'className' or"
                        + " 'classValue').",
                    "design.yaml:13:5: relationship Book.author is declared twice (first at line 12).",
                    "design.yaml:14:5: inverse 'name' has the name of a field of Author; rename the field or the inverse.",
                    "design.yaml:14:5: relationship Book.title has the name of a field of Book; rename the field or the relationship.");
        }

        @Test
        void relationship_rules_should_report_missing_target_and_impossible_delete_rules() {
            assertThat(problemsWith(ENTITIES + """
                  - { from: Book.author, type: many-to-one }
                  - { from: Book.editor, to: Author, type: many-to-one, required: true, onDelete: set-null }
                  - { from: Book.authors, to: Author, type: many-to-many, required: true }
                """)).containsExactly(
                    "design.yaml:11:5: missing required key 'to' in item 1 of 'relationships'.",
                    "design.yaml:11:5: relationship Book.author needs 'to:' naming the entity it refers to.",
                    "design.yaml:12:5: relationship Book.editor is required, so 'onDelete: set-null' cannot work; use restrict or"
                        + " cascade, or make it optional.",
                    "design.yaml:13:5: a many-to-many relationship (Book.authors) cannot be required; drop 'required'.");
        }

        @Test
        void relationship_rules_should_say_when_no_entities_exist() {
            assertThat(problemsWith("relationships:\n  - { from: Book.author, to: Author, type: one-to-one }\n")).containsExactly(
                "design.yaml:4:13: relationship 'from' names the unknown entity 'Book'. No entities are defined.",
                "design.yaml:4:30: relationship 'to' names the unknown entity 'Author'. No entities are defined.");
        }
    }

    @Nested
    class ApiRulesTest {

        private static final String BOOK = "entities:\n  Book:\n    fields:\n      title: { type: string }\n";

        @Test
        void api_rules_should_report_paging_above_max_and_unknown_resources() {
            assertThat(problemsWith(BOOK + """
                api:
                  pagination: { defaultSize: 50, maxSize: 10 }
                  resources:
                    Bok: { operations: [list] }
                """)).containsExactly(
                    "design.yaml:8:30: pagination defaultSize 50 is above maxSize 10; every default page would be refused.",
                    "design.yaml:10:5: api resource 'Bok' is not an entity. Did you mean 'Book'?");
        }

        @Test
        void api_rules_should_report_unknown_filters_missing_operations_and_filters_without_list() {
            assertThat(problemsWith(BOOK + """
                api:
                  basePath: /api/v1
                  resources:
                    Book: { filters: [titl, author] }
                """)).containsExactly(
                    "design.yaml:10:5: api resource 'Book' exposes no operations; list some of list, get, create, update, patch,"
                        + " delete, or remove the resource.",
                    "design.yaml:10:5: api resource 'Book' has filters or sort keys but no 'list' operation to use them.",
                    "design.yaml:10:23: filter 'titl' is not a field or reference of Book. Did you mean 'title'? Known: title.",
                    "design.yaml:10:29: filter 'author' is not a field or reference of Book. Known: title.");
        }
    }

    @Nested
    class SecurityRulesTest {

        private static final String BOOK_API = """
            entities:
              Book:
                fields:
                  title: { type: string }
            api:
              resources:
                Book: { operations: [list, get] }
            """;

        @Test
        void security_rules_should_report_badly_written_and_repeated_roles() {
            assertThat(problemsWith("security:\n  roles: [user-admin, USER, USER]\n")).containsExactly(
                "design.yaml:4:11: role 'user-admin' must be UPPER_SNAKE_CASE, e.g. 'USER_ADMIN'.",
                "design.yaml:4:29: role 'USER' is listed twice.");
        }

        @Test
        void security_rules_should_report_roles_and_permissions_without_authentication() {
            assertThat(problemsWith(BOOK_API + """
                security:
                  authentication: none
                  roles: [USER]
                  permissions:
                    Book: { list: authenticated, get: public }
                """)).containsExactly(
                    "design.yaml:12:10: roles are declared but authentication is 'none'; nobody could hold them. Set"
                        + " authentication to jwt or basic, or remove the roles.",
                    "design.yaml:14:13: permission 'list' on 'Book' needs signed-in users, but authentication is 'none'.");
        }

        @Test
        void security_rules_should_report_unknown_resources_operations_and_roles_in_permissions() {
            assertThat(problemsWith(BOOK_API + """
                security:
                  permissions:
                    Bok: { "list,gte": [READER] }
                """)).containsExactly(
                    "design.yaml:12:5: permissions name 'Bok', which is not an api resource. Did you mean 'Book'? Use '*' for all"
                        + " resources or one of: Book.",
                    "design.yaml:12:12: permission 'list,gte' on 'Bok' names the unknown role 'READER'. Roles: ADMIN.",
                    "design.yaml:12:12: unknown operation 'gte' in permission 'list,gte'. Did you mean 'get'? Operations: list, get,"
                        + " create, update, patch, delete.");
        }

        @Test
        void security_rules_should_ask_to_declare_roles_when_there_are_none() {
            assertThat(problemsWith(BOOK_API + """
                security:
                  authentication: none
                  permissions:
                    "*": { list: [USER] }
                """)).containsExactly(
                    "design.yaml:13:12: permission 'list' on '*' names the unknown role 'USER'. Declare it under security.roles.",
                    "design.yaml:13:12: permission 'list' on '*' needs signed-in users, but authentication is 'none'.");
        }

        @Test
        void security_rules_should_report_rate_limits_that_do_not_parse() {
            assertThat(problemsWith("security:\n  rateLimit: { perClient: 100/fortnight }\n")).containsExactly(
                "design.yaml:4:27: rateLimit.perClient '100/fortnight' is not understood; write it as '<requests>/<period>' with"
                    + " period s, sec, second, min, minute, h, hour or day (e.g. '100/min').");
            assertThat(problemsWith("security:\n  rateLimit: { perClient: 100 }\n"))
                .containsExactly("design.yaml:4:27: 'perClient' must be a string, found '100'.");
        }

        @Test
        void security_rules_should_accept_only_plain_cors_origins() {
            assertThat(problemsWith("""
                security:
                  cors:
                    origins: ["*", "http://localhost:3000", "https://app.example.com/path", "ftp://x.org", "https://x.org?q=1",
                              "not a uri", "https:///nohost"]
                """)).containsExactly(
                    "design.yaml:5:45: CORS origin 'https://app.example.com/path' must be scheme, host and optional port only,"
                        + " such as 'https://app.example.com', or '*'.",
                    "design.yaml:5:77: CORS origin 'ftp://x.org' must be scheme, host and optional port only, such as"
                        + " 'https://app.example.com', or '*'.",
                    "design.yaml:5:92: CORS origin 'https://x.org?q=1' must be scheme, host and optional port only, such as"
                        + " 'https://app.example.com', or '*'.",
                    "design.yaml:6:15: CORS origin 'not a uri' must be scheme, host and optional port only, such as"
                        + " 'https://app.example.com', or '*'.",
                    "design.yaml:6:28: CORS origin 'https:///nohost' must be scheme, host and optional port only, such as"
                        + " 'https://app.example.com', or '*'.");
        }
    }

    @Nested
    class IntegrationRulesTest {

        @Test
        void integration_rules_should_report_bad_names_urls_and_paths() {
            assertThat(problemsWith("""
                integrations:
                  isbn-lookup:
                    baseUrl: isbn.example.org
                    operations:
                      Lookup: { method: GET, path: "isbn/{isbn}" }
                  payments:
                    baseUrl: "http://exa mple.org"
                  mail:
                    baseUrl: "mailto:x@example.org"
                """)).containsExactly(
                    "design.yaml:4:3: integration name 'isbn-lookup' is not a valid Java name: use letters and digits in"
                        + " lowerCamelCase (e.g. 'isbnLookup').",
                    "design.yaml:5:14: baseUrl 'isbn.example.org' of integration 'isbn-lookup' must be an absolute http or https"
                        + " URL, e.g. 'https://isbn.example.org'.",
                    "design.yaml:7:7: integration operation name 'Lookup' is not a valid Java name: use letters and digits in"
                        + " lowerCamelCase (e.g. 'lookup').",
                    "design.yaml:7:36: path 'isbn/{isbn}' of isbn-lookup.Lookup must start with '/'.",
                    "design.yaml:9:14: baseUrl 'http://exa mple.org' of integration 'payments' must be an absolute http or https"
                        + " URL, e.g. 'https://isbn.example.org'.",
                    "design.yaml:11:14: baseUrl 'mailto:x@example.org' of integration 'mail' must be an absolute http or https"
                        + " URL, e.g. 'https://isbn.example.org'.");
        }
    }

    @Nested
    class PerformanceRulesTest {

        @Test
        void performance_rules_should_report_endpoints_the_api_does_not_serve_and_targets_without_limits() {
            assertThat(problemsWith("""
                entities:
                  Book:
                    fields:
                      title: { type: string }
                api:
                  resources:
                    Book: { operations: [list, get, create] }
                    Ghost: { operations: [list] }
                performance:
                  - { endpoint: "GET /api/book/{id}", p95Ms: 10 }
                  - { endpoint: "POST /api/books" }
                  - { endpoint: "" , p95Ms: 1 }
                """)).containsExactly(
                    "design.yaml:10:5: api resource 'Ghost' is not an entity.",
                    "design.yaml:12:5: performance endpoint 'GET /api/book/{id}' is not served by the API. Did you mean"
                        + " 'GET /api/books/{id}'? Write it as METHOD and path, e.g. 'GET /api/books'.",
                    "design.yaml:13:5: performance target 'POST /api/books' sets no limit; give p95Ms, minRps or both.");
        }

        @Test
        void performance_rules_should_say_when_the_api_exposes_nothing() {
            assertThat(problemsWith("performance:\n  - { endpoint: GET, minRps: 5 }\n")).containsExactly(
                "design.yaml:4:5: performance endpoint 'GET ' is not served by the API. The api section exposes no resources.");
        }
    }

    @Nested
    class NameRulesTest {

        @Test
        void name_rules_should_report_an_artifact_id_that_is_not_lower_case() {
            assertThat(Designs.problems("version: 1\napp: { name: My App, package: com.example.2app }\n")).containsExactly(
                "design.yaml:2:14: app.name 'My App' must be a Maven artifactId in lower case with dashes, such as 'my-app'.",
                "design.yaml:2:31: app.package 'com.example.2app' is not a Java package name: '2app' is not an identifier."
                    + " Use dot-separated lower-case words, e.g. 'com.example.library'.");
            assertThat(Designs.problems("version: 1\napp: { name: lib, package: com.new.lib }\n")).containsExactly(
                "design.yaml:2:28: app.package 'com.new.lib' uses the Java reserved word 'new' as a segment; choose another word.");
            assertThat(Designs.problems("version: 1\napp: { name: lib, package: com..lib }\n")).containsExactly(
                "design.yaml:2:28: app.package 'com..lib' is not a Java package name: '' is not an identifier. Use"
                    + " dot-separated lower-case words, e.g. 'com.example.library'.");
        }

        @Test
        void name_rules_should_report_entities_that_hide_java_lang_types_or_clash() {
            assertThat(problemsWith("""
                entities:
                  String:
                    fields: { x: { type: string } }
                  Record:
                    fields: { x: { type: string } }
                  Book:
                    fields: { x: { type: string } }
                  BOOK:
                    fields: { x: { type: string } }
                  Bus:
                    fields: { x: { type: string } }
                  Buse:
                    fields: { x: { type: string } }
                """)).containsExactly(
                    "design.yaml:4:3: entity name 'String' would hide java.lang.String in the generated code; choose a more"
                        + " specific name (e.g. 'StringEntry').",
                    "design.yaml:6:3: entity name 'Record' would hide java.lang.Record in the generated code; choose a more"
                        + " specific name (e.g. 'RecordEntry').",
                    "design.yaml:10:3: entity 'BOOK' clashes with entity 'Book': the Java package and file names would collide on"
                        + " case-insensitive file systems. Rename one.",
                    "design.yaml:14:3: entity 'Buse' clashes with entity 'Bus': both would be served at '/buses'. Rename one.");
        }

        @Test
        void name_rules_should_report_generated_members_and_overlong_sql_names() {
            String longName = "a" + "b".repeat(63);
            assertThat(problemsWith(entity("""
                id: { type: long }
                version: { type: integer }
                %s: { type: string }
                """.formatted(longName)))).containsExactly(
                    "design.yaml:6:7: field 'id' of Book is generated for every entity ('id' is the primary key, 'version' the"
                        + " optimistic lock); remove it or rename it (e.g. 'bookId').",
                    "design.yaml:7:7: field 'version' of Book is generated for every entity ('id' is the primary key, 'version'"
                        + " the optimistic lock); remove it or rename it (e.g. 'bookVersion').",
                    "design.yaml:8:7: the SQL name '" + longName + "' is longer than 63 characters, which PostgreSQL would"
                        + " truncate; shorten the name.");
        }
    }
}
