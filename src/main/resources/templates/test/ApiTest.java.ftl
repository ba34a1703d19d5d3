package ${e.packageName};

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ${project.packageName}.TestData;
<#list e.incomingOwners?filter(o -> o.packageName != e.packageName) as o>
import ${o.packageName}.${o.type};
import ${o.packageName}.${o.type}Repository;
</#list>
<#import "../entity/imports.ftl" as i>
import com.jayway.jsonpath.JsonPath;
<@i.fieldTypes e/>
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

<#-- JSON values a field must refuse while parsing, each with the kind of value it must be (a local of the test) -->
<#function wrongValues f>
<#switch f.type>
<#case "STRING">
<#case "TEXT">
<#return [["[1]", "aString"]]>
<#case "INTEGER">
<#return [["\"x\"", "anInteger"], ["1.5", "anInteger"], ["2147483648", "anInteger"]]>
<#case "LONG">
<#return [["\"x\"", "aLong"], ["9223372036854775808", "aLong"]]>
<#case "DECIMAL">
<#return [["\"x\"", "aNumber"]]>
<#case "BOOLEAN">
<#return [["\"maybe\"", "aBoolean"]]>
<#case "DATE">
<#return [["\"x\"", "aDate"], ["\"+99999-01-01\"", "aDate"], ["\"-0001-12-31\"", "aDate"]]>
<#case "DATETIME">
<#return [["\"x\"", "aDateTime"], ["\"+99999-01-01T00:00:00Z\"", "aDateTime"]]>
<#case "UUID">
<#return [["\"x\"", "aUuid"]]>
<#case "ENUM">
<#return [["\"NOT_A_VALUE\"", '"must be one of ' + f.enumValues?join(", ") + '"']]>
<#default>
<#return []>
</#switch>
</#function>
<#assign kinds = {
  "aString": '"must be a string"',
  "anInteger": '"must be an integer from -2147483648 to 2147483647"',
  "aLong": '"must be an integer from -9223372036854775808 to 9223372036854775807"',
  "aNumber": '"must be a number"',
  "aBoolean": '"must be true or false"',
  "aDate": '"must be a date such as 2024-12-31, from 0001-01-01 to 9999-12-31"',
  "aDateTime": '"must be a date-time such as 2024-12-31T23:59:00Z,"\n                + " from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z"',
  "aUuid": '"must be a UUID"',
  "anArray": '"must be an array"'
}>
/** {@code ${e.path}} over the whole application on embedded H2: every operation, rule and error. */
@SpringBootTest
@AutoConfigureMockMvc
<#if project.security.enabled>
// A caller holding every role: these tests are about behaviour; ${e.type}PermissionTest is about who may.
@WithMockUser(username = "api-test", roles = {${project.security.roleLiterals}})
</#if>
class ${e.type}ApiTest {

    private static final String PATH = "${e.path}";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private TestData data;

    @Autowired
    private ${e.type}Repository repository;
<#list e.incomingOwners as o>

    @Autowired
    private ${o.type}Repository ${o.varName}Repository;
</#list>

    @BeforeEach
    void startEmpty() {
        data.clear();
    }
<#if e.create>

    private ResultActions create(Map<String, Object> body) throws Exception {
        return mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void create_returns_201_with_location_and_etag() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        String answer = create(body)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").isNumber())
<#list e.fields?filter(f -> f.readable && f.writable && f.text) as f>
                .andExpect(jsonPath("$.${f.name}").value(body.get("${f.name}")))
</#list>
<#list e.fields?filter(f -> f.writeOnly) as f>
                .andExpect(jsonPath("$.${f.name}").doesNotExist())
</#list>
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(answer, "$.id");
        assertThat(repository.existsById(id.longValue())).isTrue();
    }
<#list e.fields?filter(f -> f.writable) as f>
<#list f.invalidSamples as c>

    @Test
    void create_refuses_${f.name}_${c.rule()}() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
<#if c.expression()??>
        body.put("${f.name}", ${c.expression()});
<#else>
        body.remove("${f.name}");
</#if>
        long before = repository.count();
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))<#if c.fieldError()>
                .andExpect(jsonPath("$.errors[?(@.field == '${f.name}')]").exists())</#if>;
        assertThat(repository.count()).isEqualTo(before);
    }
</#list>
<#if f.defaultExpression?? && !f.required>

    @Test
    void create_without_${f.name}_takes_the_default() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.remove("${f.name}");
        create(body).andExpect(status().isCreated())<#if f.readable && f.defaultJsonExpectation??>
                .andExpect(jsonPath("$.${f.name}").value(${f.defaultJsonExpectation}))</#if>;
    }
</#if>
<#if f.unique>

    @Test
    void create_with_a_taken_${f.name}_returns_409() throws Exception {
        Map<String, Object> first = data.${e.varName}Body();
        create(first).andExpect(status().isCreated());
        Map<String, Object> second = data.${e.varName}Body();
        second.put("${f.name}", first.get("${f.name}"));
        create(second)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("${f.name}"))
                .andExpect(jsonPath("$.detail").value("Another ${e.type} has the same ${f.name}."));
    }
</#if>
</#list>
<#list e.toOne as r>

    @Test
    void create_with_an_unknown_${r.name}_returns_400() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.put("${r.idProperty}", 999999);
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("${r.idProperty}"))
                .andExpect(jsonPath("$.errors[0].message").value("No ${r.target.type} with id 999999."));
    }
<#if !r.required>

    @Test
    void create_without_${r.name}_leaves_it_empty() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.remove("${r.idProperty}");
        create(body).andExpect(status().isCreated()).andExpect(jsonPath("$.${r.idProperty}").isEmpty());
    }
<#elseif r.oneToOne>

    @Test
    void create_with_a_taken_${r.name}_returns_409() throws Exception {
        Map<String, Object> first = data.${e.varName}Body();
        create(first).andExpect(status().isCreated());
        Map<String, Object> second = data.${e.varName}Body();
        second.put("${r.idProperty}", first.get("${r.idProperty}"));
        create(second)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("${r.idProperty}"));
    }
</#if>
</#list>
<#list e.manyToMany as r>

    @Test
    void create_with_an_unknown_${r.name}_id_returns_400() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.put("${r.idProperty}", List.of(999999));
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("${r.idProperty}"));
    }

    @Test
    void create_without_${r.name}_has_none() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.remove("${r.idProperty}");
        create(body).andExpect(status().isCreated()).andExpect(jsonPath("$.${r.idProperty}").isEmpty());
    }
</#list>

    @Test
    void create_with_malformed_json_returns_400_with_where_but_no_details_of_the_parser() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("{\"broken\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON (line 1, column 12)."))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void create_refuses_an_unknown_property_naming_it() throws Exception {
        Map<String, Object> body = data.${e.varName}Body();
        body.put("$unknown", 1);
        long before = repository.count();
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("$unknown"));
        assertThat(repository.count()).isEqualTo(before);
    }
<#assign firstProperty = (e.fields?filter(f -> f.writable)?map(f -> f.name) + e.toOne?map(r -> r.idProperty) + e.manyToMany?map(r -> r.idProperty))[0]!>
<#if firstProperty?has_content>

    @Test
    void create_refuses_a_property_given_twice_naming_it() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"${firstProperty}\": null, \"${firstProperty}\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("${firstProperty}"))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
    }

    /** Each property with a value of another type or beyond what its column stores, and the answer naming it. */
    @Test
    void create_refuses_values_of_the_wrong_type_or_range_naming_the_field_and_what_it_must_be() throws Exception {
<#assign rows = []>
<#list e.fields?filter(f -> f.writable) as f>
<#list wrongValues(f) as w>
<#assign rows = rows + [['"' + f.name + '"', '"' + w[0]?j_string + '"', w[1]]]>
</#list>
</#list>
<#list e.toOne as r>
<#assign rows = rows + [['"' + r.idProperty + '"', '"\\"x\\""', "aLong"]]>
</#list>
<#list e.manyToMany as r>
<#assign rows = rows + [['"' + r.idProperty + '"', '"\\"x\\""', "anArray"]]>
</#list>
<#list kinds?keys?filter(k -> rows?map(row -> row[2])?seq_contains(k)) as k>
        String ${k} = ${kinds[k]};
</#list>
        String[][] cases = {
<#list rows as row>
<#if ("                {" + row?join(", ") + "},")?length <= 120>
                {${row?join(", ")}},
<#else>
                {${row[0]}, ${row[1]},
                        ${row[2]}},
</#if>
</#list>
        };
        for (String[] c : cases) {
            mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content("{\"" + c[0] + "\": " + c[1] + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", PROBLEM.toString()))
                    .andExpect(jsonPath("$.errors[0].field").value(c[0]))
                    .andExpect(jsonPath("$.errors[0].message").value(c[2]));
        }
    }
</#if>

    @Test
    void create_with_another_media_type_returns_415() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", PROBLEM.toString()));
    }
</#if>
<#if e.get>

    @Test
    void get_returns_the_${e.varName}_with_its_etag() throws Exception {
        ${e.type} existing = data.${e.varName}();
        mvc.perform(get(PATH + "/" + existing.getId()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(existing.getId()))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void get_of_an_unknown_id_returns_404_problem() throws Exception {
        mvc.perform(get(PATH + "/999999"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No ${e.type} with id 999999."));
    }
</#if>
<#if e.list>

    @Test
    void list_returns_pages_of_the_requested_size() throws Exception {
        data.${e.varName}();
        data.${e.varName}();
        mvc.perform(get(PATH).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get(PATH).param("page", "1").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.content.length()").value(1));
    }

    @Test
    void list_uses_the_default_page_size() throws Exception {
        mvc.perform(get(PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(${project.defaultPageSize?c}));
    }

    @Test
    void list_refuses_a_page_size_above_${project.maxPageSize?c}() throws Exception {
        mvc.perform(get(PATH).param("size", "${(project.maxPageSize + 1)?c}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void list_refuses_a_page_whose_first_row_no_database_query_can_reach() throws Exception {
        mvc.perform(get(PATH).param("page", "2147483647").param("size", "${project.maxPageSize?c}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void list_refuses_sorting_by_an_unlisted_property() throws Exception {
        mvc.perform(get(PATH).param("sort", "notAProperty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }
<#list e.sorts as s>
<#if !e.fields?filter(x -> x.name == s.name())[0].varied>

    // No list_sorts_by_${s.name()}_both_ways: every test row has the same ${s.name()} (it has one possible value).
<#else>

    @Test
    void list_sorts_by_${s.name()}_both_ways() throws Exception {
        data.${e.varName}();
        data.${e.varName}();
        List<Object> ascending = ids("${s.name()},asc");
        List<Object> descending = new ArrayList<>(ids("${s.name()},desc"));
        assertThat(ascending).hasSize(2);
        Collections.reverse(descending);
        assertThat(descending).isEqualTo(ascending);
    }
</#if>
</#list>
<#if e.sorts?has_content>

    private List<Object> ids(String sort) throws Exception {
        String answer = mvc.perform(get(PATH).param("sort", sort)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.content[*].id");
    }
</#if>
<#list e.filters as f>
<#if !f.isReference() && !f.isManyToMany() && !e.fields?filter(x -> x.name == f.name())[0].varied>

    // No list_filters_by_${f.name()}: every test row has the same ${f.name()} (it has one possible value).
<#else>

    @Test
    void list_filters_by_${f.name()}() throws Exception {
<#if f.isManyToMany()>
        ${e.type} wanted = data.${e.varName}();
        wanted.get${f.name()?cap_first}().add(data.${f.targetVar()}());
        repository.save(wanted);
        data.${e.varName}();
        Long value = wanted.get${f.name()?cap_first}().iterator().next().getId();
        mvc.perform(get(PATH).param("${f.name()}", String.valueOf(value)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(wanted.getId()));
<#else>
        ${e.type} wanted = data.${e.varName}();
<#if f.isReference()>
        wanted.set${f.name()?cap_first}(data.${f.targetVar()}());
        repository.save(wanted);
</#if>
        data.${e.varName}();
<#if f.isReference()>
        String wantedValue = String.valueOf(wanted.get${f.name()?cap_first}().getId());
<#else>
        String wantedValue = String.valueOf(wanted.get${f.name()?cap_first}());
</#if>
        mvc.perform(get(PATH).param("${f.name()}", wantedValue))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(wanted.getId()));
</#if>
    }
</#if>
</#list>
</#if>
<#if e.update>

    private ResultActions replace(Long id, String ifMatch, Map<String, Object> body) throws Exception {
        var request = put(PATH + "/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    @Test
    void update_replaces_the_${e.varName}_and_moves_its_etag() throws Exception {
        ${e.type} existing = data.${e.varName}();
        replace(existing.getId(), "\"0\"", data.${e.varName}Body())
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void update_with_a_stale_etag_returns_412_and_changes_nothing() throws Exception {
        ${e.type} existing = data.${e.varName}();
        replace(existing.getId(), "\"0\"", data.${e.varName}Body()).andExpect(status().isOk());
        replace(existing.getId(), "\"0\"", data.${e.varName}Body())
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Stale version"));
        assertThat(repository.findById(existing.getId()).orElseThrow().getVersion()).isEqualTo(1);
    }

    @Test
    void update_without_if_match_returns_428() throws Exception {
        ${e.type} existing = data.${e.varName}();
        replace(existing.getId(), null, data.${e.varName}Body()).andExpect(status().isPreconditionRequired());
    }

    @Test
    void update_of_an_unknown_id_returns_404() throws Exception {
        replace(999999L, "\"0\"", data.${e.varName}Body()).andExpect(status().isNotFound());
    }
<#list e.fields?filter(f -> f.writable && f.invalidSamples?filter(c -> c.fieldError())?has_content)[0..*1] as f>
<#assign c = f.invalidSamples?filter(c -> c.fieldError())[0]>

    @Test
    void update_validates_like_create() throws Exception {
        ${e.type} existing = data.${e.varName}();
        Map<String, Object> body = data.${e.varName}Body();
<#if c.expression()??>
        body.put("${f.name}", ${c.expression()});
<#else>
        body.remove("${f.name}");
</#if>
        replace(existing.getId(), "\"0\"", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '${f.name}')]").exists());
    }
</#list>
</#if>
<#if e.patch>

    private ResultActions merge(Long id, String ifMatch, String patch) throws Exception {
        var request = patch(PATH + "/" + id).contentType("application/merge-patch+json").content(patch);
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }
<#assign patchable = e.fields?filter(f -> f.writable && f.varied)>
<#if patchable?has_content>
<#assign pf = patchable[0]>

    @Test
    void patch_changes_only_the_given_fields() throws Exception {
        ${e.type} existing = data.${e.varName}();
        Map<String, Object> other = data.${e.varName}Body();
        String patch = json.writeValueAsString(Map.of("${pf.name}", other.get("${pf.name}")));
        merge(existing.getId(), "\"0\"", patch)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))<#if pf.readable && pf.text>
                .andExpect(jsonPath("$.${pf.name}").value(other.get("${pf.name}")))</#if>;
    }
</#if>

    @Test
    void patch_with_a_stale_etag_returns_412() throws Exception {
        ${e.type} existing = data.${e.varName}();
        merge(existing.getId(), "\"7\"", "{}").andExpect(status().isPreconditionFailed());
    }

    @Test
    void patch_without_if_match_returns_428() throws Exception {
        ${e.type} existing = data.${e.varName}();
        merge(existing.getId(), null, "{}").andExpect(status().isPreconditionRequired());
    }

    @Test
    void patch_of_an_unknown_id_returns_404() throws Exception {
        merge(999999L, "\"0\"", "{}").andExpect(status().isNotFound());
    }
<#list e.fields?filter(f -> f.writable && f.invalidSamples?filter(c -> c.fieldError())?has_content)[0..*1] as f>
<#assign c = f.invalidSamples?filter(c -> c.fieldError())[0]>

    @Test
    void patch_validates_the_merged_result() throws Exception {
        ${e.type} existing = data.${e.varName}();
<#if c.expression()??>
        String value = json.writeValueAsString(${c.expression()});
<#else>
        String value = "null";
</#if>
        merge(existing.getId(), "\"0\"", "{\"${f.name}\": " + value + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '${f.name}')]").exists());
    }
</#list>
<#list e.fields?filter(f -> f.writable && !f.text && f.type != "BOOLEAN")[0..*1] as f>

    @Test
    void patch_with_a_value_of_the_wrong_type_returns_400() throws Exception {
        ${e.type} existing = data.${e.varName}();
        merge(existing.getId(), "\"0\"", "{\"${f.name}\": \"not a ${f.type?lower_case}\"}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("${f.name}"));
    }
</#list>

    @Test
    void patch_refuses_an_unknown_property_naming_it() throws Exception {
        ${e.type} existing = data.${e.varName}();
        merge(existing.getId(), "\"0\"", "{\"$unknown\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("$unknown"));
    }
</#if>
<#if e.delete>

    @Test
    void delete_removes_the_${e.varName}() throws Exception {
        ${e.type} existing = data.${e.varName}();
        mvc.perform(delete(PATH + "/" + existing.getId())).andExpect(status().isNoContent());
        assertThat(repository.existsById(existing.getId())).isFalse();
    }

    @Test
    void delete_with_a_stale_if_match_returns_412() throws Exception {
        ${e.type} existing = data.${e.varName}();
        mvc.perform(delete(PATH + "/" + existing.getId()).header("If-Match", "\"3\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(PATH + "/" + existing.getId()).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
    }

    @Test
    void delete_of_an_unknown_id_returns_404() throws Exception {
        mvc.perform(delete(PATH + "/999999")).andExpect(status().isNotFound());
    }
<#list e.incoming as inc>
<#assign o = inc.owner()>
<#assign r = inc.reference()>
<#-- two references from one entity (a book's author and editor) need the reference in the test's name -->
<#assign via = (e.incoming?filter(x -> x.owner() == o)?size gt 1)?then("_" + r.name, "")>

    @Test
    void delete_while_a_${o.varName}${via}_references_it_<#if r.restrict>returns_409<#elseif r.cascade>deletes_the_${o.varName}<#else>empties_its_${r.name}</#if>()
            throws Exception {
        ${e.type} target = data.${e.varName}();
        ${o.type} owner = data.${o.varName}();
        owner.set${r.capName}(target);
        ${o.varName}Repository.save(owner);
<#if r.restrict>
        mvc.perform(delete(PATH + "/" + target.getId()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This ${e.type} is still referenced by a ${o.type}"
                        + " (${r.idProperty}); delete or change those first."));
        assertThat(repository.existsById(target.getId())).isTrue();
<#elseif r.cascade>
        mvc.perform(delete(PATH + "/" + target.getId())).andExpect(status().isNoContent());
        assertThat(${o.varName}Repository.existsById(owner.getId())).isFalse();
<#else>
        mvc.perform(delete(PATH + "/" + target.getId())).andExpect(status().isNoContent());
        assertThat(${o.varName}Repository.findById(owner.getId()).orElseThrow().get${r.capName}()).isNull();
</#if>
    }
</#list>
</#if>
}
