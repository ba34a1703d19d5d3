package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.Fixtures.entity;
import static dev.backendbuilder.generate.Fixtures.field;
import static dev.backendbuilder.generate.Fixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.backendbuilder.design.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewModelTest {

    /** Indexes, caches, imports across packages and an over-long index name. */
    private static final String STORE = """
            version: 1
            app: { name: my-store-2, package: com.acme.store, database: h2 }
            entities:
              Author:
                fields:
                  name: { type: string, required: true }
              Publisher:
                fields:
                  name: { type: string, required: true, unique: true }
              Series:
                fields:
                  title: { type: string }
              Tag:
                fields:
                  label: { type: string }
              Case:
                fields:
                  weight: { type: integer }
              Book:
                fields:
                  title: { type: string, required: true, minLength: 2, maxLength: 80 }
                  isbn: { type: string, unique: true }
                  homepage: { type: string, format: url }
                  contact: { type: string, format: email }
                  price: { type: decimal, min: 0, max: 1000 }
                indexes:
                  - [author, title]
                  - [publisher]
              WarehouseInventoryMovement:
                fields:
                  originatingStorageLocationCode: { type: string }
                  destinationStorageLocationCode: { type: string }
                indexes:
                  - [originatingStorageLocationCode, destinationStorageLocationCode]
            relationships:
              - { from: Book.author, to: Author, type: many-to-one, onDelete: set-null }
              - { from: Book.publisher, to: Publisher, type: many-to-one, required: true }
              - { from: Book.series, to: Series, type: many-to-one, onDelete: cascade }
              - { from: Book.tags, to: Tag, type: many-to-many }
              - { from: Case.book, to: Book, type: one-to-one }
            api:
              resources:
                Author: { operations: [list, get] }
                Book: { operations: [list, get, create, update, patch, delete], cache: true }
                Case: { operations: [list] }
            security:
              authentication: none
            """;

    private static ProjectView store() {
        return Fixtures.view(Fixtures.design(STORE));
    }

    @Test
    void a_java_release_above_the_running_jdk_should_be_named_with_the_fix() {
        var design = Fixtures.design(Fixtures.libraryText().replace("java: 17", "java: 21"));
        assertThat(ViewModel.javaReleaseProblem(design, 17)).hasValue("app.java is 21 but Maven runs on Java 17: the"
                + " generated project will not build here. Run Maven on a JDK 21 (JAVA_HOME=/path/to/jdk-21 mvn verify) or"
                + " configure a JDK 21 toolchain; or set app.java to 17.");
        assertThat(ViewModel.javaReleaseProblem(design, 21)).isEmpty();
        assertThat(Fixtures.render(design).get("pom.xml")).contains("<version>[21,)</version>")
                .contains("set JAVA_HOME to it (JAVA_HOME=/path/to/jdk-21 mvn verify)").contains("<runOrder>random</runOrder>");
    }

    @Test
    void many_to_many_id_properties_should_be_singular_only_for_real_plurals() {
        assertThat(List.of("tags", "categories", "boxes", "statuses", "previous", "status", "address", "basis"))
            .extracting(ReferenceView::singular)
            .containsExactly("tag", "category", "box", "status", "previous", "status", "address", "basis");
    }

    @Test
    void enum_types_named_like_a_sibling_class_should_get_a_suffix() {
        assertThat(FieldView.enumTypeName("Book", "request")).isEqualTo("BookRequestValue");
        assertThat(FieldView.enumTypeName("Book", "status")).isEqualTo("BookStatus");
        assertThat(JavaNames.packageSegment("Security")).isEqualTo("securities");
        assertThat(JavaNames.packageSegment("Book")).isEqualTo("book");
    }

    @Test
    void reserved_sql_words_should_get_a_trailing_underscore_in_table_and_column_names() {
        ProjectView shop = Fixtures.view(Fixtures.combinations());

        assertThat(entity(shop, "Order").getTable()).isEqualTo("order_");
        assertThat(entity(shop, "User").getTable()).isEqualTo("user_");
        assertThat(field(entity(shop, "Order"), "group").getColumn()).isEqualTo("group_");
        assertThat(field(entity(shop, "Order"), "placedOn").getColumn()).isEqualTo("placed_on");
        assertThat(entity(shop, "AuditEntry").getTable()).isEqualTo("audit_entry");
        assertThat(reference(entity(shop, "Order"), "tags").getJoinTable()).isEqualTo("order_tags");
        assertThat(reference(entity(shop, "Order"), "tags").getJoinOwnerColumn()).isEqualTo("order_id");
        assertThat(reference(entity(shop, "Order"), "tags").getJoinTargetColumn()).isEqualTo("tag_id");
    }

    @Test
    void every_many_to_one_should_get_an_index_unless_a_design_index_starts_with_its_column() {
        ProjectView shop = Fixtures.view(Fixtures.combinations());
        EntityView book = entity(store(), "Book");

        assertThat(entity(shop, "Order").getIndexes()).extracting(EntityView.IndexView::name, EntityView.IndexView::columns)
                .containsExactly(tuple("ix_order_customer_id", List.of("customer_id")));
        assertThat(entity(shop, "Category").getIndexes()).extracting(EntityView.IndexView::name)
                .containsExactly("ix_category_parent_id");
        assertThat(entity(shop, "AuditEntry").getIndexes()).extracting(EntityView.IndexView::getColumnList)
                .containsExactly("order_id");
        assertThat(entity(shop, "Profile").getIndexes()).as("a one-to-one column is unique already").isEmpty();
        assertThat(book.getIndexes()).extracting(EntityView.IndexView::name, EntityView.IndexView::getColumnList)
                .containsExactly(tuple("ix_book_author_id_title", "author_id, title"),
                        tuple("ix_book_publisher_id", "publisher_id"),
                        tuple("ix_book_series_id", "series_id"));
    }

    @Test
    void index_names_should_never_exceed_63_characters_and_stay_distinct() {
        EntityView movement = entity(store(), "WarehouseInventoryMovement");

        assertThat(movement.getIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).hasSizeLessThanOrEqualTo(63).startsWith("ix_warehouse_inventory_movement_originating");
            assertThat(index.columns()).containsExactly("originating_storage_location_code", "destination_storage_location_code");
        });
        String a = ViewModel.indexName("t".repeat(40), List.of("c".repeat(30)));
        String b = ViewModel.indexName("t".repeat(40), List.of("c".repeat(29) + "d"));
        assertThat(a).hasSizeLessThanOrEqualTo(63).isNotEqualTo(b).isEqualTo(ViewModel.indexName("t".repeat(40),
                List.of("c".repeat(30))));
        assertThat(ViewModel.indexName("t", List.of("c"))).isEqualTo("ix_t_c");
    }

    @Test
    void constraints_should_list_unique_and_foreign_key_names_with_their_api_meaning() {
        ProjectView shop = Fixtures.view(Fixtures.combinations());

        assertThat(shop.getConstraints()).extracting(ProjectView.ConstraintView::name, ProjectView.ConstraintView::kind,
                ProjectView.ConstraintView::entity, ProjectView.ConstraintView::property,
                ProjectView.ConstraintView::target).containsExactly(
                tuple("uk_user_login", "unique", "User", "login", null),
                tuple("uk_order_reference", "unique", "Order", "reference", null),
                tuple("fk_order_customer_id", "reference", "Order", "customerId", "User"),
                tuple("fk_order_tags_tag_id", "reference", "Order", "tagIds", "Tag"),
                tuple("uk_tag_label", "unique", "Tag", "label", null),
                tuple("uk_profile_owner_id", "unique", "Profile", "ownerId", null),
                tuple("fk_profile_owner_id", "reference", "Profile", "ownerId", "User"),
                tuple("fk_audit_entry_order_id", "reference", "AuditEntry", "orderId", "Order"),
                tuple("fk_category_parent_id", "reference", "Category", "parentId", "Category"));
        assertThat(shop.getConstraints().get(0).isUnique()).isTrue();
        assertThat(shop.getConstraints().get(2).isUnique()).isFalse();
    }

    @Test
    void incoming_references_should_list_other_entities_to_one_references_but_not_self_references() {
        ProjectView shop = Fixtures.view(Fixtures.combinations());

        EntityView user = entity(shop, "User");
        assertThat(user.getIncoming()).extracting(i -> i.owner().getName(), i -> i.reference().getName(),
                i -> i.reference().getOnDeleteSql()).containsExactly(tuple("Order", "customer", "SET NULL"),
                tuple("Profile", "owner", "CASCADE"));
        assertThat(user.getIncomingOwners()).extracting(EntityView::getName).containsExactly("Order", "Profile");
        assertThat(entity(shop, "Order").getIncoming()).extracting(i -> i.owner().getName()).containsExactly("AuditEntry");
        assertThat(entity(shop, "Tag").getIncoming()).as("many-to-many is a join table, not a column").isEmpty();
        assertThat(entity(shop, "Category").getIncoming()).isEmpty();
        assertThat(reference(entity(shop, "Category"), "parent").isRestrict()).isTrue();
        assertThat(reference(entity(shop, "Category"), "parent").getOnDeleteSql()).isEqualTo("RESTRICT");
    }

    @Test
    void a_cached_owner_should_be_a_dependent_cache_of_targets_whose_delete_changes_it() {
        ProjectView store = store();

        assertThat(entity(store, "Author").getDependentCaches()).as("set-null").containsExactly("books");
        assertThat(entity(store, "Series").getDependentCaches()).as("cascade").containsExactly("books");
        assertThat(entity(store, "Tag").getDependentCaches()).as("join rows").containsExactly("books");
        assertThat(entity(store, "Publisher").getDependentCaches()).as("restrict").isEmpty();
        assertThat(entity(store, "Book").getDependentCaches()).as("Case is not cached").isEmpty();
        assertThat(entity(store, "Book").getCacheName()).isEqualTo("books");
        assertThat(store.isCaching()).isTrue();
        assertThat(Fixtures.view(Fixtures.design(STORE.replace(", cache: true", ""))).isCaching()).isFalse();
    }

    @Test
    void filters_and_sorts_should_map_fields_references_and_many_to_many() {
        ProjectView shop = Fixtures.view(Fixtures.combinations());
        EntityView order = entity(shop, "Order");

        assertThat(order.getFilters()).extracting(EntityView.FilterView::name, f -> TypeReferences.strip(f.javaType()),
                EntityView.FilterView::kind, EntityView.FilterView::targetVar).containsExactly(
                tuple("state", "OrderState", "equal", null),
                tuple("customer", "Long", "reference", "user"),
                tuple("tags", "Long", "many", "tag"),
                tuple("placedOn", "LocalDate", "equal", null));
        assertThat(order.getFilters().get(1).isReference()).isTrue();
        assertThat(order.getFilters().get(2).isManyToMany()).isTrue();
        assertThat(order.getFilters().get(0).isText()).isFalse();
        assertThat(entity(shop, "User").getFilters()).extracting(EntityView.FilterView::kind, EntityView.FilterView::isText)
                .containsExactly(tuple("text", true), tuple("equal", false));
        assertThat(order.getSorts()).extracting(EntityView.SortView::name, EntityView.SortView::attribute)
                .containsExactly(tuple("quantity", "quantity"), tuple("placedOn", "placedOn"));
        assertThat(entity(shop, "AuditEntry").getFilters()).isEmpty();
        assertThat(entity(shop, "AuditEntry").getSorts()).isEmpty();
    }

    @Test
    void the_round_trip_entity_should_be_the_first_resource_with_create_get_update_and_delete() {
        assertThat(Fixtures.view(Fixtures.library()).getRoundTripEntity().getName()).isEqualTo("Author");
        assertThat(Fixtures.view(Fixtures.combinations()).getRoundTripEntity().getName()).isEqualTo("User");
        assertThat(store().getRoundTripEntity().getName()).isEqualTo("Book");
        String noFullResource = STORE.replace("[list, get, create, update, patch, delete]", "[list, get, create, delete]");
        assertThat(Fixtures.view(Fixtures.design(noFullResource)).getRoundTripEntity()).isNull();
    }

    @Test
    void the_project_should_be_named_and_placed_from_the_app() {
        ProjectView store = store();
        ProjectView library = Fixtures.view(Fixtures.library());

        assertThat(store.getApplicationClass()).isEqualTo("MyStore2Application");
        assertThat(library.getApplicationClass()).isEqualTo("LibraryApplication");
        assertThat(store.getArtifactId()).isEqualTo("my-store-2");
        assertThat(store.getGroupId()).isEqualTo("com.acme");
        assertThat(store.getPackagePath()).isEqualTo("com/acme/store");
        assertThat(store.getDescription()).as("no description: the name").isEqualTo("my-store-2");
        assertThat(library.getDescription()).isEqualTo("Library catalogue service");
        assertThat(store.getDialects()).containsExactly(Dialect.H2);
        assertThat(library.getDialects()).containsExactly(Dialect.H2, Dialect.POSTGRESQL);
        assertThat(library.getDatabase()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(library.getDefaultPageSize()).isEqualTo(20);
        assertThat(library.getMaxPageSize()).isEqualTo(100);
        assertThat(library.getBasePath()).isEqualTo("/api");
        assertThat(library.getJavaRelease()).isEqualTo(17);
        assertThat(library.getPluginVersion()).isEqualTo(Fixtures.PLUGIN_VERSION);
        assertThat(library.getBootVersion()).isEqualTo(ProjectView.BOOT_VERSION);
        assertThat(library.getSpringdocVersion()).isEqualTo(ProjectView.SPRINGDOC_VERSION);
    }

    @Test
    void entity_views_should_spell_packages_paths_and_operations() {
        ProjectView store = store();
        EntityView book = entity(store, "Book");
        EntityView pkg = entity(store, "Case");

        assertThat(pkg.getPackageName()).as("case is a reserved word").isEqualTo("com.acme.store.cases");
        assertThat(book.getPackagePath()).isEqualTo("com/acme/store/book");
        assertThat(book.getPath()).as("default base path").isEqualTo("/api/books");
        assertThat(entity(Fixtures.view(Fixtures.library()), "Book").getPath()).isEqualTo("/api/books");
        assertThat(book.getVarName()).isEqualTo("book");
        assertThat(book.getPluralVar()).isEqualTo("books");
        assertThat(book.getOperations()).containsExactly("list", "get", "create", "update", "patch", "delete");
        assertThat(entity(store, "Tag").getOperations()).isEmpty();
        assertThat(entity(store, "Tag").isExposed()).isFalse();
        assertThat(entity(store, "Author").isWritable()).isFalse();
        assertThat(entity(store, "Author").isItemOperations()).isTrue();
        assertThat(pkg.isItemOperations()).isFalse();
        assertThat(store.getExposedEntities()).extracting(EntityView::getName).containsExactly("Author", "Case", "Book");
    }

    @Test
    void entity_views_should_know_what_their_code_imports() {
        ProjectView store = store();
        EntityView book = entity(store, "Book");
        EntityView pkg = entity(store, "Case");

        // imports of design types come from the type references (TypeReferences), not from the view
        assertThat(Fixtures.render(Fixtures.design(STORE)).get("src/main/java/com/acme/store/book/BookService.java"))
                .contains("import com.acme.store.author.AuthorRepository;", "import com.acme.store.tag.TagRepository;");
        assertThat(book.getManyToManyTargets()).extracting(EntityView::getName).containsExactly("Tag");
        assertThat(book.getRequiredReferences()).extracting(ReferenceView::getName).containsExactly("publisher");
        assertThat(book.getConstraintImports()).containsExactly("jakarta.validation.constraints.DecimalMax",
                "jakarta.validation.constraints.DecimalMin", "jakarta.validation.constraints.Digits",
                "jakarta.validation.constraints.Email", "jakarta.validation.constraints.NotBlank",
                "jakarta.validation.constraints.NotNull", "jakarta.validation.constraints.Size",
                "org.hibernate.validator.constraints.URL");
        assertThat(book.getJavaTypes()).containsExactly("BigDecimal", "String");
        assertThat(book.uses("BigDecimal")).isTrue();
        assertThat(book.uses("UUID")).isFalse();
        assertThat(pkg.getReferencedEntitiesForResolve()).as("list only: nothing written").isEmpty();
        assertThat(pkg.getManyToManyTargets()).isEmpty();
        EntityView category = entity(Fixtures.view(Fixtures.combinations()), "Category");
        assertThat(category.getRepositoryFields()).isEmpty();
    }

    @Test
    void references_should_spell_their_api_property_and_sql_names() {
        EntityView book = entity(store(), "Book");
        ReferenceView author = reference(book, "author");
        ReferenceView tags = reference(book, "tags");
        ReferenceView owner = reference(entity(store(), "Case"), "book");

        assertThat(author.getIdProperty()).isEqualTo("authorId");
        assertThat(author.getCapName()).isEqualTo("Author");
        assertThat(author.getForeignKeyName()).isEqualTo("fk_book_author_id");
        assertThat(author.isSetNull()).isTrue();
        assertThat(author.isCascade()).isFalse();
        assertThat(author.isRequired()).isFalse();
        assertThat(reference(book, "series").isCascade()).isTrue();
        assertThat(tags.getIdProperty()).as("singular of the field name + Ids").isEqualTo("tagIds");
        assertThat(tags.isManyToMany()).isTrue();
        assertThat(book.getToOne()).extracting(ReferenceView::getName).containsExactly("author", "publisher", "series");
        assertThat(book.getManyToMany()).containsExactly(tags);
        assertThat(owner.isOneToOne()).isTrue();
        assertThat(owner.getUniqueName()).isEqualTo("uk_case_book_id");
    }

    @Test
    void a_many_to_many_self_reference_should_get_two_distinct_join_columns() {
        String yaml = STORE.replace("relationships:\n", "relationships:\n  - { from: Author.friends, to: Author, type: many-to-many }\n");

        ReferenceView friends = reference(entity(Fixtures.view(Fixtures.design(yaml)), "Author"), "friends");

        assertThat(friends.getJoinTable()).isEqualTo("author_friends");
        assertThat(friends.getJoinOwnerColumn()).isEqualTo("author_id");
        assertThat(friends.getJoinTargetColumn()).isEqualTo("friends_id");
    }

    @Test
    void a_many_to_many_self_reference_named_like_its_entity_should_still_get_two_distinct_join_columns() {
        // found by DesignEvolutionIT (seed 7101): Customer.customer -> Customer gave customer_customer (customer_id, customer_id)
        String yaml = STORE.replace("relationships:\n", "relationships:\n  - { from: Author.author, to: Author, type: many-to-many }\n");

        ReferenceView self = reference(entity(Fixtures.view(Fixtures.design(yaml)), "Author"), "author");

        assertThat(self.getJoinTable()).isEqualTo("author_author");
        assertThat(self.getJoinOwnerColumn()).isEqualTo("author_id");
        assertThat(self.getJoinTargetColumn()).isEqualTo("other_author_id");
    }

    @Test
    void the_upgrade_test_schema_should_be_a_plain_identifier_named_after_the_app() {
        // app my-store-2: a schema name needs no quoting
        assertThat(Fixtures.view(Fixtures.design(STORE)).getUpgradeSchema()).isEqualTo("my_store_2_upgrade");
    }

    @Test
    void a_reserved_word_entity_should_get_a_plural_package_segment() {
        assertThat(JavaNames.packageSegment("Package")).isEqualTo("packages");
        assertThat(JavaNames.packageSegment("Default")).isEqualTo("defaults");
        assertThat(JavaNames.packageSegment("BookShelf")).isEqualTo("bookshelf");
        assertThat(JavaNames.capitalize("")).isEmpty();
        assertThat(JavaNames.decapitalize("")).isEmpty();
        assertThat(JavaNames.decapitalize("Book")).isEqualTo("book");
    }

    @Test
    void a_renamed_entity_variable_should_not_take_the_name_of_another_entity() {
        // seen in tier 1 (seed 1695718592): Response became responseEntity, the variable of the entity ResponseEntity
        Design design = Fixtures.design("""
                version: 1
                app: { name: catalog, package: com.acme.catalog }
                entities:
                  Response: { fields: { label: { type: string } } }
                  ResponseEntity: { fields: { label: { type: string } } }
                  ResponseEntity2: { fields: { label: { type: string } } }
                  Jwt: { fields: { label: { type: string } } }
                relationships:
                  - { from: Jwt.answer, to: Response, type: many-to-one }
                  - { from: Jwt.wrapped, to: ResponseEntity, type: many-to-one }
                api:
                  resources:
                    Jwt: { operations: [create, get] }
                """);
        ProjectView view = Fixtures.view(design);

        assertThat(Fixtures.entity(view, "Response").getVarName()).isEqualTo("responseEntity3");
        assertThat(Fixtures.entity(view, "ResponseEntity").getVarName()).isEqualTo("responseEntity");
        assertThat(Fixtures.entity(view, "Jwt").getVarName()).isEqualTo("jwt");
        String service = Fixtures.render(design).get("src/main/java/com/acme/catalog/jwt/JwtService.java");
        assertThat(service).contains("private final ResponseRepository responseEntity3Repository;",
                "private final ResponseEntityRepository responseEntityRepository;");
    }

    @Test
    void a_test_body_should_leave_out_references_that_would_spend_a_narrow_unique_value_of_its_own_entity() {
        Design design = Fixtures.design("""
                version: 1
                app: { name: tree, package: com.acme.tree }
                entities:
                  Node:
                    fields: { flag: { type: boolean, required: true, unique: true }, name: { type: string } }
                  Leaf:
                    fields: { label: { type: string } }
                  Wide:
                    fields: { code: { type: string, unique: true } }
                relationships:
                  - { from: Node.parent, to: Node, type: many-to-one }
                  - { from: Node.favourite, to: Leaf, type: many-to-one }
                  - { from: Node.pinned, to: Leaf, type: many-to-one }
                  - { from: Leaf.node, to: Node, type: many-to-one, required: true }
                  - { from: Wide.parent, to: Wide, type: many-to-one }
                api:
                  resources:
                    Node: { operations: [create, get] }
                    Wide: { operations: [create, get] }
                """);
        ProjectView view = Fixtures.view(design);
        EntityView node = Fixtures.entity(view, "Node");

        assertThat(node.getUniqueCapacity()).isEqualTo(2);
        // parent is a Node; a Leaf requires a Node: both would take the test row's second flag
        assertThat(node.getReferencesLeftOutOfBodies()).extracting(ReferenceView::getName)
                .containsExactly("parent", "favourite", "pinned");
        assertThat(Fixtures.entity(view, "Wide").getReferencesLeftOutOfBodies()).isEmpty();
        assertThat(Fixtures.entity(view, "Leaf").getUniqueCapacity()).isEqualTo(Long.MAX_VALUE);

        String testData = Fixtures.render(design).get("src/test/java/com/acme/tree/TestData.java");
        String nodeBody = testData.substring(testData.indexOf("public Map<String, Object> nodeBody()"));
        nodeBody = nodeBody.substring(0, nodeBody.indexOf("return body;"));
        assertThat(nodeBody).contains("// no parentId: its Node would take one of the 2 values of a unique field")
                .doesNotContain("node()", "leaf()", "body.put(\"parentId\"");
        assertThat(testData).contains("body.put(\"parentId\", wideId);");
    }

    @Test
    void a_post_benchmark_should_be_refused_where_a_unique_field_runs_out_of_test_values() {
        Design design = Fixtures.design("""
                version: 1
                app: { name: desks, package: com.acme.desks }
                entities:
                  Floor:
                    fields: { level: { type: integer, unique: true, required: true, min: 0, max: 40 } }
                  Desk:
                    fields: { label: { type: string } }
                relationships:
                  - { from: Desk.floor, to: Floor, type: many-to-one, required: true }
                api:
                  resources:
                    Desk: { operations: [create, get] }
                performance:
                  - { endpoint: "POST /api/desks", minRps: 10 }
                """);
        assertThatThrownBy(() -> Fixtures.view(design)).isInstanceOf(GenerationException.class).hasMessage(
                "design.yaml:14:5: the benchmark of POST /api/desks creates a Floor per call, but Floor.level is unique and"
                        + " its constraints allow only 41 test values, so calls would fail with 409 once they run out."
                        + " Benchmark a GET of it instead, or widen Floor.level (its type, range, length or pattern)."
                        + " Nothing was written.");
    }

    @Test
    void the_benchmarks_should_cover_get_and_post_performance_entries_and_name_the_others_as_not_generated() {
        String yaml = Fixtures.libraryText().replace("  - { endpoint: \"GET /api/books\", p95Ms: 50 }\n",
                "  - { endpoint: \"GET /api/books\", p95Ms: 50 }\n  - { endpoint: \"POST /api/authors\", p95Ms: 80 }\n"
                        + "  - { endpoint: \"DELETE /api/books/{id}\", p95Ms: 80 }\n");
        ProjectView view = Fixtures.view(Fixtures.design(yaml));

        assertThat(view.getBenchmarks()).extracting(BenchmarkView::getEndpoint)
                .containsExactly("GET /api/books/{id}", "GET /api/books", "POST /api/authors");
        assertThat(view.getBenchmarks()).extracting(BenchmarkView::isItem, BenchmarkView::isCreate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
        assertThat(view.getNotYetGenerated()).contains("benchmarks of DELETE /api/books/{id} (GET and POST endpoints are benchmarked)");
        // the benchmark signs in the way the generated application demands
        assertThat(view.getAuthentication()).isEqualTo("jwt");
    }

    @Test
    void the_library_design_should_be_generated_whole() {
        assertThat(ViewModel.notYetGenerated(Fixtures.library())).isEmpty();
        assertThat(ViewModel.of(Fixtures.combinations(), "1").getNotYetGenerated()).isEmpty();
    }
}
