<#import "../common/layout.ftl" as layout>
package ${e.packageName};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ${project.packageName}.common.ApiException;
<#if e.patch>
import jakarta.validation.Validation;
</#if>
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.http.HttpStatus;
<#if e.patch>
import tools.jackson.databind.json.JsonMapper;
</#if>

/** The rules of {@link ${e.type}Service} without a database: what is refused before anything is written. */
@ExtendWith(MockitoExtension.class)
class ${e.type}ServiceTest {

    @Mock
    private ${e.type}Repository repository;
<#list e.repositoryFields as t>

    @Mock
    private ${t.type}Repository ${t.varName}Repository;
</#list>

    private ${e.type}Service service;

    @BeforeEach
    void setUp() {
<@layout.wrapped indent=8 head="service = new " + e.type + "Service(" args=["repository"] + e.repositoryFields?map(t -> t.varName + "Repository") + e.patch?then(["JsonMapper.builder().build()", "Validation.buildDefaultValidatorFactory().getValidator()"], []) tail=");"/>
    }

    private static void assertStatus(Throwable error, HttpStatus status) {
        assertThat(error).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
<#if e.get>

    @Test
    void get_of_a_missing_id_is_not_found() {
        when(repository.findById(7L)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.get(7L))
                .satisfies(error -> assertStatus(error, HttpStatus.NOT_FOUND));
    }
</#if>
<#if e.update>

    @Test
    void update_with_another_version_is_refused_before_anything_is_saved() {
        when(repository.findById(1L)).thenReturn(Optional.of(new ${e.type}()));
        assertThatThrownBy(() -> service.update(1L, 5, null))
                .satisfies(error -> assertStatus(error, HttpStatus.PRECONDITION_FAILED));
        verify(repository, never()).saveAndFlush(any());
    }
</#if>
<#if e.patch>

    @Test
    void patch_with_another_version_is_refused_before_anything_is_saved() {
        when(repository.findById(1L)).thenReturn(Optional.of(new ${e.type}()));
        assertThatThrownBy(() -> service.patch(1L, 5, null))
                .satisfies(error -> assertStatus(error, HttpStatus.PRECONDITION_FAILED));
        verify(repository, never()).saveAndFlush(any());
    }
</#if>
<#if e.delete>

    @Test
    void delete_with_another_version_is_refused_and_deletes_nothing() {
        when(repository.findById(1L)).thenReturn(Optional.of(new ${e.type}()));
        assertThatThrownBy(() -> service.delete(1L, 3L))
                .satisfies(error -> assertStatus(error, HttpStatus.PRECONDITION_FAILED));
        verify(repository, never()).delete(any(${e.type}.class));
    }

    @Test
    void delete_flushes_so_a_restricting_reference_fails_inside_the_call() {
        ${e.type} existing = new ${e.type}();
        when(repository.findById(1L)).thenReturn(Optional.of(existing));
        service.delete(1L, null);
        verify(repository).delete(existing);
        verify(repository).flush();
    }
</#if>
}
