package ${project.packageName}.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
<#if project.security.jwt>
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
</#if>
import org.springframework.stereotype.Component;

/**
 * Users for tests that go through real authentication: each with a fresh name and a random
 * password, so no credential is ever written into the repository.
 */
@Component
public class TestUsers {

    private final UserAccounts users;
<#if project.security.jwt>
    private final AuthenticationManager authentication;
    private final TokenService tokens;

    public TestUsers(UserAccounts users, AuthenticationManager authentication, TokenService tokens) {
        this.users = users;
        this.authentication = authentication;
        this.tokens = tokens;
    }
<#else>

    public TestUsers(UserAccounts users) {
        this.users = users;
    }
</#if>

    /** A new user with these roles. */
    public Credentials create(String... roles) {
        String name = "user-" + UUID.randomUUID();
        String password = UUID.randomUUID().toString();
        users.create(name, password, Set.of(roles));
        return new Credentials(name, password);
    }

    /** The {@code Authorization} header value of a new user with these roles. */
    public String authorization(String... roles) {
        Credentials user = create(roles);
<#if project.security.jwt>
        return "Bearer " + tokens.issue(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), user.password()))).value();
<#else>
        return user.basic();
</#if>
    }

    public record Credentials(String username, String password) {
        public String basic() {
            byte[] pair = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
            return "Basic " + Base64.getEncoder().encodeToString(pair);
        }
    }
}
