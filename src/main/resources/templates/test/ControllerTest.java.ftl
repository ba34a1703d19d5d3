<#import "../common/layout.ftl" as layout>
package ${e.packageName};

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ${project.packageName}.common.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

<@layout.doc indent=0 text="The HTTP layer of {@code " + e.path + "} alone: mapping, validation and errors, with the service mocked."/>
@WebMvcTest(${e.type}Controller.class)
<#if project.security.enabled>
// Mapping and validation only: authentication and the permission matrix are tested on the whole application.
@AutoConfigureMockMvc(addFilters = false)
</#if>
class ${e.type}ControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ${e.type}Service service;
<#if e.list>

    @Test
    void list_refuses_a_page_size_of_zero_without_asking_the_service() throws Exception {
        mvc.perform(get("${e.path}").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        verify(service, never()).list(<#if e.filters?has_content>any(), </#if>any());
    }
</#if>
<#if e.get>

    @Test
    void get_turns_a_missing_${e.varName}_into_a_404_problem() throws Exception {
        when(service.get(5L)).thenThrow(ApiException.notFound("${e.type}", 5L));
        mvc.perform(get("${e.path}/5"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No ${e.type} with id 5."));
    }

    @Test
    void get_refuses_an_id_that_is_not_a_number() throws Exception {
        mvc.perform(get("${e.path}/abc")).andExpect(status().isBadRequest());
        verify(service, never()).get(any());
    }
</#if>
<#if e.create && (e.fields?filter(f -> f.writable && f.required)?has_content || e.requiredReferences?has_content)>

    @Test
    void create_refuses_an_empty_body_before_the_service() throws Exception {
        mvc.perform(post("${e.path}").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors").isArray());
        verify(service, never()).create(any());
    }
</#if>
<#if e.delete>

    @Test
    void delete_passes_the_version_of_if_match_to_the_service() throws Exception {
        mvc.perform(delete("${e.path}/3").header("If-Match", "\"4\""))
                .andExpect(status().isNoContent());
        verify(service).delete(3L, 4L);
    }
</#if>
}
