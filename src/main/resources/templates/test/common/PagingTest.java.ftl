package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagingTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "owner", "owner.id");

    @Test
    void defaults_are_the_first_page_of_the_default_size_by_id() {
        Pageable pageable = Paging.of(0, null, null, SORTABLE);
        assertThat(pageable.getPageSize()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(pageable.getSort()).isEqualTo(Sort.by("id"));
    }

    @Test
    void sort_accepts_a_split_or_whole_property_and_direction() {
        Sort expected = Sort.by(Sort.Order.desc("name"), Sort.Order.asc("owner.id"), Sort.Order.asc("id"));
        assertThat(Paging.of(0, 5, List.of("name", "desc", "owner", "asc"), SORTABLE).getSort()).isEqualTo(expected);
        assertThat(Paging.of(0, 5, List.of("name,DESC", " ,owner"), SORTABLE).getSort()).isEqualTo(expected);
    }

    @Test
    void limits_are_enforced_with_the_field_named() {
        assertThatThrownBy(() -> Paging.of(-1, null, null, SORTABLE)).hasMessage("page must be 0 or more");
        assertThatThrownBy(() -> Paging.of(0, 0, null, SORTABLE)).hasMessageContaining("size must be between 1 and");
        assertThatThrownBy(() -> Paging.of(0, Paging.MAX_SIZE + 1, null, SORTABLE)).isInstanceOf(ApiException.class);
        assertThat(Paging.of(0, Paging.MAX_SIZE, null, SORTABLE).getPageSize()).isEqualTo(Paging.MAX_SIZE);
    }

    @Test
    void a_page_whose_first_row_is_beyond_an_int_is_refused_not_sent_to_the_database() {
        int size = Paging.MAX_SIZE;
        int lastPage = Integer.MAX_VALUE / size;
        assertThat(Paging.of(lastPage, size, null, SORTABLE).getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> Paging.of(lastPage + 1, size, null, SORTABLE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
                        .containsExactly("page"))
                .hasMessage("page must be at most " + lastPage + " for size " + size);
        assertThatThrownBy(() -> Paging.of(Integer.MAX_VALUE, size, null, SORTABLE)).isInstanceOf(ApiException.class);
    }

    @Test
    void unknown_properties_and_lone_directions_are_refused() {
        assertThatThrownBy(() -> Paging.of(0, null, List.of("secret"), SORTABLE))
                .hasMessageStartingWith("cannot sort by 'secret'; allowed:");
        assertThatThrownBy(() -> Paging.of(0, null, List.of("secret"), Map.of())).hasMessageEndingWith("allowed: none");
        assertThatThrownBy(() -> Paging.of(0, null, List.of("desc"), SORTABLE))
                .hasMessageContaining("must follow a property");
    }
}
