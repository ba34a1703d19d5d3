<#import "../../common/layout.ftl" as layout>
package ${project.packageName}.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

<#if project.security.jwt>
import java.time.Instant;
</#if>
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
<#if project.security.jwt>
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
</#if>
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

<@layout.doc indent=0 text="{@code " + project.security.authPath + "}: " + project.security.jwt?then("tokens for valid credentials only, and ", "") + "users created by administrators only."/>
@SpringBootTest
@AutoConfigureMockMvc
class AuthApiTest {

    private static final String USERS = AuthController.PATH + "/users";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private TestUsers testUsers;
<#if project.security.jwt>

    @Autowired
    private TokenService tokens;
</#if>

    private ResultActions send(String path, Object body, RequestPostProcessor... callers) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        for (RequestPostProcessor caller : callers) {
            request.with(caller);
        }
        return mvc.perform(request);
    }

    private static RequestPostProcessor administrator() {
        return user("admin").roles(SecurityConfiguration.ADMIN);
    }

    private static Map<String, Object> newUser(String username, String password, List<String> roles) {
        return Map.of("username", username, "password", password, "roles", roles);
    }

    private static String freshName() {
        return "u-" + UUID.randomUUID();
    }

    private static String freshPassword() {
        return UUID.randomUUID().toString();
    }
<#if project.security.jwt>

    @Test
    void valid_credentials_get_a_bearer_token_that_is_never_cached() throws Exception {
        TestUsers.Credentials reader = testUsers.create("${project.security.roles[0]}");
        send(AuthController.PATH + "/token", Map.of("username", reader.username(), "password", reader.password()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(900))
                .andExpect(jsonPath("$.access_token").isString());
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_401() throws Exception {
        TestUsers.Credentials reader = testUsers.create("${project.security.roles[0]}");
        send(AuthController.PATH + "/token", Map.of("username", reader.username(), "password", freshPassword()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The user name or password is wrong."));
        send(AuthController.PATH + "/token", Map.of("username", freshName(), "password", freshPassword()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The user name or password is wrong."));
    }

    @Test
    void a_token_request_without_a_password_is_400() throws Exception {
        send(AuthController.PATH + "/token", Map.of("username", freshName())).andExpect(status().isBadRequest());
    }

    @Test
    void a_token_without_an_expiry_or_issued_in_the_future_is_401_though_signed_with_the_key() throws Exception {
        Instant inTenMinutes = Instant.now().plusSeconds(600);
        JwtClaimsSet forever = JwtClaimsSet.builder().issuer("${project.name}").subject("admin")
                .issuedAt(Instant.now()).claim(TokenService.ROLES_CLAIM, List.of(SecurityConfiguration.ADMIN)).build();
        JwtClaimsSet fromTheFuture = JwtClaimsSet.builder().issuer("${project.name}").subject("admin")
                .issuedAt(inTenMinutes).expiresAt(inTenMinutes.plusSeconds(600))
                .claim(TokenService.ROLES_CLAIM, List.of(SecurityConfiguration.ADMIN)).build();
        String body = json.writeValueAsString(newUser(freshName(), freshPassword(), List.of("${project.security.roles[0]}")));
        for (JwtClaimsSet claims : List.of(forever, fromTheFuture)) {
            mvc.perform(MockMvcRequestBuilders.post(USERS)
                            .header("Authorization", "Bearer " + tokens.sign(claims))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", "application/problem+json"));
        }
    }
</#if>

    @Test
    void an_administrator_creates_a_user() throws Exception {
        String name = freshName();
        send(USERS, newUser(name, freshPassword(), List.of("${project.security.roles[0]}")), administrator())
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.roles[0]").value("${project.security.roles[0]}"))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void a_taken_name_is_409() throws Exception {
        TestUsers.Credentials existing = testUsers.create("${project.security.roles[0]}");
        Map<String, Object> sameName = newUser(existing.username(), freshPassword(), List.of("${project.security.roles[0]}"));
        send(USERS, sameName, administrator())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void an_unknown_role_is_400() throws Exception {
        send(USERS, newUser(freshName(), freshPassword(), List.of("NO_SUCH_ROLE")), administrator())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void a_short_password_is_400() throws Exception {
        send(USERS, newUser(freshName(), "short", List.of("${project.security.roles[0]}")), administrator())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void a_password_of_72_characters_but_more_bytes_is_400_not_cut_by_bcrypt() throws Exception {
        // 40 characters, 80 bytes in UTF-8: BCrypt would read only the first 72 bytes.
        send(USERS, newUser(freshName(), "\u00e9".repeat(40), List.of("${project.security.roles[0]}")), administrator())
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 72 bytes in UTF-8; this one has 80"));
        send(USERS, newUser(freshName(), "\u00e9".repeat(36), List.of("${project.security.roles[0]}")), administrator())
                .andExpect(status().isCreated());
    }

    @Test
    void unknown_and_repeated_properties_are_400_naming_them() throws Exception {
        String unknown = "{\"username\": \"" + freshName() + "\", \"password\": \"" + freshPassword()
                + "\", \"roles\": [\"${project.security.roles[0]}\"], \"admin\": true}";
        mvc.perform(MockMvcRequestBuilders.post(USERS).with(administrator())
                        .contentType(MediaType.APPLICATION_JSON).content(unknown))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admin"));
        String twice = "{\"username\": \"" + freshName() + "\", \"password\": \"" + freshPassword()
                + "\", \"roles\": [\"${project.security.roles[0]}\"], \"roles\": [\"${project.security.adminRole}\"]}";
        mvc.perform(MockMvcRequestBuilders.post(USERS).with(administrator())
                        .contentType(MediaType.APPLICATION_JSON).content(twice))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value("is given more than once"));
    }

    @Test
    void only_administrators_create_users() throws Exception {
        send(USERS, newUser(freshName(), freshPassword(), List.of("${project.security.roles[0]}")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
<#list project.security.roles?filter(r -> r != project.security.adminRole) as r>
        send(USERS, newUser(freshName(), freshPassword(), List.of("${r}")), user("someone").roles("${r}"))
                .andExpect(status().isForbidden());
</#list>
    }
}
