package ${e.packageName};

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ${project.packageName}.TestData;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The permission matrix of {@code ${e.path}} from design.yaml, cell by cell: every operation for an
 * anonymous caller and for every role<#if project.security.roles?size gt 0> (${project.security.roles?join(", ")})</#if>,
 * each with a valid request, so that the only reason for a refusal is who asks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ${e.type}PermissionTest {

    private static final String PATH = "${e.path}";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private TestData data;

    @BeforeEach
    void startEmpty() {
        data.clear();
    }

    private static RequestPostProcessor as(String role) {
        return user("matrix-" + role.toLowerCase(Locale.ROOT)).roles(role);
    }

    /** Runs {@code operation} with a valid request (an existing ${e.varName} for item operations). */
    private ResultActions run(String operation, RequestPostProcessor caller) throws Exception {
        return switch (operation) {
<#if e.list>
            case "list" -> mvc.perform(get(PATH).with(caller));
</#if>
<#if e.get>
            case "get" -> mvc.perform(get(PATH + "/" + data.${e.varName}().getId()).with(caller));
</#if>
<#if e.create>
            case "create" -> mvc.perform(post(PATH)
                    .with(caller)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(data.${e.varName}Body())));
</#if>
<#if e.update>
            case "update" -> mvc.perform(put(PATH + "/" + data.${e.varName}().getId())
                    .with(caller)
                    .header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(data.${e.varName}Body())));
</#if>
<#if e.patch>
            case "patch" -> mvc.perform(patch(PATH + "/" + data.${e.varName}().getId())
                    .with(caller)
                    .header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}"));
</#if>
<#if e.delete>
            case "delete" -> mvc.perform(delete(PATH + "/" + data.${e.varName}().getId()).with(caller));
</#if>
            default -> throw new IllegalArgumentException(operation);
        };
    }
<#assign success = {"list": "isOk", "get": "isOk", "create": "isCreated", "update": "isOk", "patch": "isOk", "delete": "isNoContent"}>
<#list e.access as a>

<#if a.public>
    @Test
    void anonymous_may_${a.name}() throws Exception {
        run("${a.name}", anonymous()).andExpect(status().${success[a.name]}());
    }
<#else>
    @Test
    void anonymous_gets_401_for_${a.name}() throws Exception {
        run("${a.name}", anonymous()).andExpect(status().isUnauthorized());
    }
</#if>
<#list a.permittedRoles as r>

    @Test
    void ${r?lower_case}_may_${a.name}() throws Exception {
        run("${a.name}", as("${r}")).andExpect(status().${success[a.name]}());
    }
</#list>
<#list a.refusedRoles as r>

    @Test
    void ${r?lower_case}_gets_403_for_${a.name}() throws Exception {
        run("${a.name}", as("${r}")).andExpect(status().isForbidden());
    }
</#list>
</#list>
}
