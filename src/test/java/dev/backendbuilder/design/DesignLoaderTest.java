package dev.backendbuilder.design;

import static dev.backendbuilder.design.Designs.HEADER;
import static dev.backendbuilder.design.Designs.load;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignLoaderTest {

    @Test
    void loader_should_load_the_example_library_design_from_its_file() throws Exception {
        Design design = new DesignLoader().load(Designs.examplePath(), "design.yaml");

        assertThat(design.version()).isEqualTo(1);
        assertThat(design.app()).extracting(App::name, App::basePackage, App::description, App::javaRelease, App::database)
            .containsExactly("library", "com.example.library", "Library catalogue service", 17, App.Database.POSTGRESQL);
        assertThat(design.entities()).containsOnlyKeys("Author", "Book", "Review");
        assertThat(design.relationships()).hasSize(2);
        assertThat(design.endpointCount()).isEqualTo(15);
        assertThat(design.security().roles()).containsExactly("USER", "ADMIN");
    }

    @Test
    void starter_design_should_validate_and_use_every_section() {
        Design design = load(StarterDesign.designYaml("library"));

        assertThat(design.app().name()).isEqualTo("library");
        assertThat(design.app().basePackage()).isEqualTo("com.example.library");
        assertThat(design.entities()).isNotEmpty();
        assertThat(design.relationships()).isNotEmpty();
        assertThat(design.api().resources()).isNotEmpty();
        assertThat(design.security().permissions()).isNotEmpty();
        assertThat(design.integrations()).isNotEmpty();
        assertThat(design.performance()).isNotEmpty();
    }

    @Test
    void example_model_should_give_table_names_resource_paths_and_columns() {
        Design design = load(Designs.example());

        Entity book = design.entity("Book").orElseThrow();
        assertThat(book.tableName()).isEqualTo("book");
        assertThat(book.resourcePath()).isEqualTo("books");
        assertThat(book.at()).hasToString("design.yaml:17:3");
        assertThat(book.fields()).containsOnlyKeys("title", "isbn", "publishedOn", "price", "status");
        assertThat(book.fields().get("publishedOn").columnName()).isEqualTo("published_on");
        assertThat(design.entity("Author").orElseThrow().indexes()).singleElement()
            .satisfies(index -> assertThat(index.fields()).containsExactly("name"));
        assertThat(design.entity("Nobody")).isEmpty();
        assertThat(design.api().basePath()).isEqualTo("/api");
        assertThat(design.api().pagination()).isEqualTo(new Api.Pagination(20, 100));
        assertThat(design.api().resources().get("Book").operations()).containsExactly(
            Operation.LIST, Operation.GET, Operation.CREATE, Operation.UPDATE, Operation.PATCH, Operation.DELETE);
        assertThat(design.api().resources().get("Book").cache()).isTrue();
        assertThat(design.api().resources().get("Author").filters()).containsExactly("name");
    }

    @Test
    void example_model_should_bind_field_constraints() {
        Design design = load(Designs.example());

        Field isbn = design.entity("Book").orElseThrow().fields().get("isbn");
        assertThat(isbn.type()).isEqualTo(Field.Type.STRING);
        assertThat(isbn.required()).isTrue();
        assertThat(isbn.unique()).isTrue();
        assertThat(isbn.pattern()).isEqualTo("^[0-9]{13}$");
        Field price = design.entity("Book").orElseThrow().fields().get("price");
        assertThat(price.precision()).isEqualTo(10);
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price.min()).isEqualByComparingTo("0");
        Field status = design.entity("Book").orElseThrow().fields().get("status");
        assertThat(status.values()).containsExactly("DRAFT", "PUBLISHED", "ARCHIVED");
        assertThat(status.defaultValue()).isEqualTo("DRAFT");
        assertThat(design.entity("Author").orElseThrow().fields().get("email").format()).isEqualTo(Field.Format.EMAIL);
        assertThat(design.entity("Author").orElseThrow().fields().get("bio").nullable()).isTrue();
    }

    @Test
    void example_model_should_bind_relationships_with_foreign_key_columns() {
        Design design = load(Designs.example());

        Relationship bookAuthor = design.relationships().get(0);
        assertThat(bookAuthor.fromEntity()).isEqualTo("Book");
        assertThat(bookAuthor.fromField()).isEqualTo("author");
        assertThat(bookAuthor.to()).isEqualTo("Author");
        assertThat(bookAuthor.kind()).isEqualTo(Relationship.Kind.MANY_TO_ONE);
        assertThat(bookAuthor.required()).isTrue();
        assertThat(bookAuthor.inverse()).isEqualTo("books");
        assertThat(bookAuthor.onDelete()).isEqualTo(Relationship.OnDelete.RESTRICT);
        assertThat(bookAuthor.foreignKeyColumn()).isEqualTo("author_id");
        assertThat(design.relationships().get(1).onDelete()).isEqualTo(Relationship.OnDelete.CASCADE);
        assertThat(design.relationshipsFrom("Review")).extracting(Relationship::fromField).containsExactly("book");
    }

    @Test
    void example_model_should_bind_security_integrations_performance_and_quality() {
        Design design = load(Designs.example());

        Security security = design.security();
        assertThat(security.authentication()).isEqualTo(Security.Authentication.JWT);
        assertThat(security.rateLimit()).isEqualTo(new Security.RateLimit(100, Duration.ofMinutes(1)));
        assertThat(security.corsOrigins()).containsExactly("https://app.example.com");
        assertThat(security.permissions()).hasSize(3);
        Security.Permission readAll = security.permissions().get(0);
        assertThat(readAll.resource()).isEqualTo("*");
        assertThat(readAll.operationKey()).isEqualTo("list,get");
        assertThat(readAll.operations()).containsExactly(Operation.LIST, Operation.GET);
        assertThat(readAll.access()).isEqualTo(new Security.Access(Security.Access.Kind.ROLES, List.of("USER", "ADMIN")));

        Integration isbn = design.integrations().get("isbnLookup");
        assertThat(isbn.baseUrl()).isEqualTo("https://isbn.example.org");
        assertThat(isbn.baseUrlVariable()).isEqualTo("ISBN_LOOKUP_BASE_URL");
        assertThat(isbn.timeoutMs()).isEqualTo(2000);
        assertThat(isbn.retries()).isEqualTo(2);
        assertThat(isbn.circuitBreaker()).isTrue();
        assertThat(isbn.operations()).containsEntry("lookup", new Integration.Call("GET", "/isbn/{isbn}"));

        assertThat(design.performance()).extracting(PerformanceTarget::endpoint, PerformanceTarget::p95Ms, PerformanceTarget::minRps)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET /api/books/{id}", 25.0, 100.0),
                org.assertj.core.groups.Tuple.tuple("GET /api/books", 50.0, null));
        assertThat(design.quality()).isEqualTo(new Quality(0.80, 0.80, 7.0, "medium", 0.10));
    }

    @Test
    void loader_should_bind_the_java_release_the_design_names() {
        // YAML integers arrive as big-integer nodes: 21 and 25 were once read as "absent" and became 17.
        assertThat(load("version: 1\napp: { name: a, package: com.example.a, java: 21 }\n").app().javaRelease()).isEqualTo(21);
        assertThat(load("version: 1\napp: { name: a, package: com.example.a, java: 25 }\n").app().javaRelease()).isEqualTo(25);
    }

    @Test
    void loader_should_apply_defaults_when_optional_sections_are_missing() {
        Design design = load(HEADER);

        assertThat(design.app().javaRelease()).isEqualTo(App.DEFAULT_JAVA);
        assertThat(design.app().database()).isEqualTo(App.Database.H2);
        assertThat(design.app().description()).isNull();
        assertThat(design.entities()).isEmpty();
        assertThat(design.api().basePath()).isEqualTo("/api");
        assertThat(design.api().pagination()).isEqualTo(Api.Pagination.DEFAULT);
        assertThat(design.security().authentication()).isEqualTo(Security.Authentication.NONE);
        assertThat(design.security().roles()).isEmpty();
        assertThat(design.security().rateLimit()).isNull();
        assertThat(design.quality()).isEqualTo(Quality.DEFAULT);
        assertThat(design.endpointCount()).isZero();
    }

    @Test
    void loader_should_keep_given_quality_values_and_default_the_rest() {
        Design design = load(HEADER + """
            quality:
              coverage: { line: 0.9 }
              security: { spotbugs: high }
            """);

        assertThat(design.quality()).isEqualTo(new Quality(0.9, 0.80, 7.0, "high", 0.10));
    }

    @Test
    void loader_should_add_the_admin_role_when_authentication_is_on_and_it_is_missing() {
        Design design = load(HEADER + """
            security:
              roles: [USER]
            """);

        assertThat(design.security().authentication()).isEqualTo(Security.Authentication.JWT);
        assertThat(design.security().roles()).containsExactly("USER", "ADMIN");
    }

    @Test
    void loader_should_not_add_the_admin_role_without_authentication() {
        Design design = load(HEADER + """
            security:
              authentication: none
              permissions:
                "*": { list: public }
            """);

        assertThat(design.security().roles()).isEmpty();
        assertThat(design.security().permissions().get(0).access()).isEqualTo(Security.Access.PUBLIC);
    }

    @Test
    void loader_should_bind_authenticated_access_and_integration_defaults() {
        Design design = load(HEADER + """
            security:
              authentication: basic
              permissions:
                "*": { "list, get": authenticated }
            integrations:
              payments:
                baseUrl: http://pay.example.org:8080
            """);

        assertThat(design.security().authentication()).isEqualTo(Security.Authentication.BASIC);
        assertThat(design.security().permissions().get(0).access()).isEqualTo(Security.Access.AUTHENTICATED);
        assertThat(design.security().permissions().get(0).operations()).containsExactly(Operation.LIST, Operation.GET);
        Integration payments = design.integrations().get("payments");
        assertThat(payments.timeoutMs()).isEqualTo(Integration.DEFAULT_TIMEOUT_MS);
        assertThat(payments.retries()).isEqualTo(Integration.DEFAULT_RETRIES);
        assertThat(payments.circuitBreaker()).isFalse();
        assertThat(payments.operations()).isEmpty();
        assertThat(payments.baseUrlVariable()).isEqualTo("PAYMENTS_BASE_URL");
    }

    @Test
    void loader_should_map_sql_reserved_entity_and_field_names_to_safe_names() {
        Design design = load(HEADER + """
            entities:
              Order:
                fields:
                  order: { type: integer }
                  key:   { type: string }
                  value: { type: decimal }
              User:
                fields:
                  name: { type: string }
              Group:
                fields:
                  name: { type: string }
            relationships:
              - { from: Order.user, to: User, type: many-to-one }
              - { from: User.group, to: Group, type: many-to-one }
            api:
              resources:
                Order: { operations: [list, get], filters: [order, user], sort: [key] }
            """);

        Entity order = design.entity("Order").orElseThrow();
        assertThat(order.tableName()).isEqualTo("order_");
        assertThat(order.resourcePath()).isEqualTo("orders");
        assertThat(order.fields().values()).extracting(Field::columnName).containsExactly("order_", "key_", "value_");
        assertThat(design.entity("User").orElseThrow().tableName()).isEqualTo("user_");
        assertThat(design.entity("Group").orElseThrow().tableName()).isEqualTo("group_");
        assertThat(design.relationships()).extracting(Relationship::foreignKeyColumn).containsExactly("user_id", "group_id");
        assertThat(design.endpointCount()).isEqualTo(2);
    }

    @Test
    void loader_should_accept_anchors_and_aliases_used_for_reuse() {
        Design design = load(HEADER + """
            entities:
              Author:
                fields:
                  name: &name { type: string, maxLength: 100 }
              Publisher:
                fields:
                  name: *name
            """);

        assertThat(design.entity("Publisher").orElseThrow().fields().get("name").maxLength()).isEqualTo(100);
    }

    @Test
    void loader_should_accept_a_utf8_byte_order_mark_and_hex_numbers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
        throws Exception {
        java.nio.file.Path file = dir.resolve("design.yaml");
        java.nio.file.Files.writeString(file, "\uFEFF" + HEADER + "api: { pagination: { defaultSize: 0x10, maxSize: 0o200 } }\n");

        Design design = new DesignLoader().load(file, "design.yaml");

        assertThat(design.api().pagination()).isEqualTo(new Api.Pagination(16, 128));
    }
}
