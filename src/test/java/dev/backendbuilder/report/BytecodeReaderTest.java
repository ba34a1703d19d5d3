package dev.backendbuilder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.Endpoint;
import dev.backendbuilder.report.fixture.BookController;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeReaderTest {

    static Path fixtureClasses() throws Exception {
        return Path.of(BookController.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/backendbuilder/report/fixture");
    }

    @Test
    void read_should_list_every_endpoint_with_method_path_types_and_roles_sorted_by_path() throws Exception {
        BytecodeReader.Facts facts = new BytecodeReader().read(fixtureClasses());

        assertThat(facts.endpoints()).containsExactly(
            new Endpoint("ANY", "/", null, "void", "ADMIN", "AdminController.any"),
            new Endpoint("GET", "/admin/stats", null, "int", "ADMIN", "AdminController.stats"),
            new Endpoint("GET", "/api/books", null, "PageResponse<BookResponse>", "USER, ADMIN", "BookController.list"),
            new Endpoint("POST", "/api/books", "BookRequest", "ResponseEntity<BookResponse>", "ADMIN",
                "BookController.create"),
            new Endpoint("GET", "/api/books/find", "Map<String, ? super Integer>", "List<? extends BookResponse>[]",
                "hasAuthority('SCOPE_read') and #x == 1", "BookController.search"),
            new Endpoint("POST", "/api/books/find", "Map<String, ? super Integer>", "List<? extends BookResponse>[]",
                "hasAuthority('SCOPE_read') and #x == 1", "BookController.search"),
            new Endpoint("GET", "/api/books/search", "Map<String, ? super Integer>", "List<? extends BookResponse>[]",
                "hasAuthority('SCOPE_read') and #x == 1", "BookController.search"),
            new Endpoint("POST", "/api/books/search", "Map<String, ? super Integer>", "List<? extends BookResponse>[]",
                "hasAuthority('SCOPE_read') and #x == 1", "BookController.search"),
            new Endpoint("GET", "/api/books/{id}", null, "ResponseEntity<BookResponse>", "public", "BookController.get"),
            new Endpoint("PUT", "/api/books/{id}", "BookRequest", "ResponseEntity<BookResponse>", "authenticated",
                "BookController.update"),
            new Endpoint("DELETE", "/api/books/{id}", null, "ResponseEntity<Void>", "none declared",
                "BookController.delete"));
    }

    @Test
    void read_should_count_cache_annotations() throws Exception {
        assertThat(new BytecodeReader().read(fixtureClasses()).caching()).containsExactly(new Count("@Cacheable", 2));
    }

    @Test
    void read_should_find_nothing_in_a_missing_folder(@TempDir Path dir) throws IOException {
        BytecodeReader.Facts facts = new BytecodeReader().read(dir.resolve("classes"));

        assertThat(facts.endpoints()).isEmpty();
        assertThat(facts.caching()).isEmpty();
    }

    @Test
    void read_should_name_a_broken_class_file_and_say_what_to_do(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});

        assertThatThrownBy(() -> new BytecodeReader().read(dir)).isInstanceOf(IOException.class)
            .hasMessageContaining("Broken.class is not a class file ASM can read")
            .hasMessageContaining("mvn clean verify");
    }

    @Test
    void roles_should_read_the_usual_expressions() {
        assertThat(BytecodeReader.roles("hasAnyRole('USER','ADMIN')")).isEqualTo("USER, ADMIN");
        assertThat(BytecodeReader.roles("hasRole(\"ADMIN\")")).isEqualTo("ADMIN");
        assertThat(BytecodeReader.roles("permitAll()")).isEqualTo("public");
        assertThat(BytecodeReader.roles("isAuthenticated()")).isEqualTo("authenticated");
        assertThat(BytecodeReader.roles("denyAll()")).isEqualTo("nobody");
        assertThat(BytecodeReader.roles(null)).isEqualTo("none declared");
    }

    @Test
    void join_should_put_one_slash_between_and_none_at_the_end() {
        assertThat(BytecodeReader.join("/api/", "/books/")).isEqualTo("/api/books");
        assertThat(BytecodeReader.join("", "")).isEqualTo("/");
        assertThat(BytecodeReader.join("api", "{id}")).isEqualTo("/api/{id}");
    }

    @Test
    void type_signature_should_read_descriptors_generics_and_inner_classes() {
        assertThat(TypeSignature.method("<T:Ljava/lang/Object;>(TT;[IJ)Ljava/util/Map<TT;*>;"))
            .isEqualTo(new TypeSignature.Method(List.of("T", "int[]", "long"), "Map<T, ?>"));
        assertThat(TypeSignature.type("Lcom/example/Outer<Ljava/lang/String;>.Inner<Ljava/lang/Long;>;"))
            .isEqualTo("Outer<String>.Inner<Long>");
        assertThat(TypeSignature.type("[[Z")).isEqualTo("boolean[][]");
        assertThat(TypeSignature.method("(BCSFD)V").parameters()).containsExactly("byte", "char", "short", "float",
            "double");
    }
}
