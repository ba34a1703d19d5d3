package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ETagsTest {

    @Test
    void a_version_is_quoted() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void a_required_tag_names_its_version_strong_or_weak() {
        assertThat(ETags.required("\"5\"")).isEqualTo(5);
        assertThat(ETags.required(" W/\"6\" ")).isEqualTo(6);
    }

    @Test
    void a_missing_required_tag_is_428() {
        assertThatThrownBy(() -> ETags.required(null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> ETags.required(" ")).isInstanceOf(ApiException.class);
    }

    @Test
    void a_tag_this_api_never_issued_matches_no_version() {
        assertThat(ETags.required("5")).isEqualTo(-1);
        assertThat(ETags.required("\"x\"")).isEqualTo(-1);
        assertThat(ETags.required("\"")).isEqualTo(-1);
        assertThat(ETags.required("\"5")).isEqualTo(-1);
    }

    @Test
    void an_optional_tag_may_be_absent() {
        assertThat(ETags.optional(null)).isNull();
        assertThat(ETags.optional("")).isNull();
        assertThat(ETags.optional("\"2\"")).isEqualTo(2L);
    }
}
