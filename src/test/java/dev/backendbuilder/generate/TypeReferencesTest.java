package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeReferencesTest {

    private static final String TABLE = TypeReferences.mark("com.acme.table.Table");
    private static final String BOOK = TypeReferences.mark("com.acme.book.Book");

    @Test
    void a_design_type_of_another_package_should_be_imported_and_written_by_its_simple_name() {
        String out = TypeReferences.resolve("src/main/java/com/acme/review/Review.java", """
                package com.acme.review;

                import java.util.List;

                public class Review {
                    private %s book;
                    private List<String> tags;
                }
                """.formatted(BOOK));
        assertThat(out).contains("import com.acme.book.Book;\n").contains("private Book book;");
    }

    @Test
    void a_design_type_named_like_an_imported_framework_type_should_be_qualified() {
        String out = TypeReferences.resolve("src/main/java/com/acme/book/Book.java", """
                package com.acme.book;

                import jakarta.persistence.Table;

                @Table(name = "book")
                public class Book {
                    private %s table;
                }
                """.formatted(TABLE));
        assertThat(out).contains("import jakarta.persistence.Table;").doesNotContain("import com.acme.table.Table;")
                .contains("@Table(name = \"book\")").contains("private com.acme.table.Table table;");
    }

    @Test
    void the_declared_type_should_keep_its_name_and_a_framework_type_of_that_name_should_be_qualified() {
        String out = TypeReferences.resolve("src/main/java/com/acme/table/Table.java", """
                package com.acme.table;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Table;

                /** Not {@link Table} in comments, "Table" in strings. */
                @Entity
                @Table(name = "table_")
                public class %s {
                    public %s copy() {
                        return new %s();
                    }
                }
                """.formatted(TABLE, TABLE, TABLE));
        assertThat(out).doesNotContain("import jakarta.persistence.Table;")
                .contains("@jakarta.persistence.Table(name = \"table_\")")
                .contains("public class Table {").contains("public Table copy()").contains("return new Table();")
                .contains("Not {@link Table} in comments, \"Table\" in strings.");
    }

    @Test
    void suffixes_should_name_the_sibling_types_and_marks_in_strings_become_simple_names() {
        String out = TypeReferences.resolve("src/test/java/com/acme/review/ReviewApiTest.java", """
                package com.acme.review;

                import org.junit.jupiter.api.Test;

                class ReviewApiTest {
                    @Test
                    void t() {
                        %sRepository books = null;
                        String message = "No %s with id 1";
                    }
                }
                """.formatted(BOOK, BOOK));
        assertThat(out).contains("import com.acme.book.BookRepository;").doesNotContain("import com.acme.book.Book;")
                .contains("BookRepository books").contains("\"No Book with id 1\"");
    }

    @Test
    void two_design_types_with_one_simple_name_should_leave_the_second_qualified() {
        String other = TypeReferences.mark("com.acme.archive.Book");
        String out = TypeReferences.resolve("src/main/java/com/acme/shelf/Shelf.java", """
                package com.acme.shelf;

                class Shelf {
                    %s current;
                    %s archived;
                }
                """.formatted(BOOK, other));
        assertThat(out).contains("import com.acme.book.Book;").contains("Book current;")
                .contains("com.acme.archive.Book archived;");
    }

    @Test
    void plain_text_should_lose_its_marks() {
        assertThat(TypeReferences.strip("the " + BOOK + "Service")).isEqualTo("the BookService");
        assertThat(TypeReferences.strip(null)).isNull();
        assertThat(TypeReferences.resolve("A.java", "class A {}")).isEqualTo("class A {}");
    }
}
