package ${project.packageName}.security;

<#if project.security.jwt>
import com.fasterxml.jackson.annotation.JsonProperty;
</#if>
import ${project.packageName}.common.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
<#if project.security.jwt>
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
</#if>
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code ${project.security.authPath}}: <#if project.security.jwt>access tokens, and </#if>users, created by administrators.
 */
@RestController
@RequestMapping(path = AuthController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class AuthController {

    static final String PATH = "${project.security.authPath}";

    private final UserAccounts users;
<#if project.security.jwt>
    private final AuthenticationManager authentication;
    private final TokenService tokens;

    public AuthController(UserAccounts users, AuthenticationManager authentication, TokenService tokens) {
        this.users = users;
        this.authentication = authentication;
        this.tokens = tokens;
    }

    /** Trades a user name and password for a bearer token (RFC 6749 shape, never cached). */
    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    public ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
        Authentication user;
        try {
            user = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (InternalAuthenticationServiceException e) {
            // The users could not be read (the database is down, say): not a wrong password, so not 401.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (AuthenticationException e) {
            // One answer for an unknown user and a wrong password: names cannot be probed.
            throw new ApiException(
                    HttpStatus.UNAUTHORIZED, "Unauthorized", "The user name or password is wrong.", List.of());
        }
        TokenService.Token token = tokens.issue(user);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds()));
    }
<#else>

    public AuthController(UserAccounts users) {
        this.users = users;
    }
</#if>

    /** Creates a user; administrators only. */
    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('" + SecurityConfiguration.ADMIN + "')")
    public ResponseEntity<UserResponse> createUser(@Valid @RequestBody NewUserRequest request) {
        UserAccount created = users.create(request.username(), request.password(), request.roles());
        return ResponseEntity.created(URI.create(PATH + "/users/" + created.getId()))
                .body(new UserResponse(created.getId(), created.getUsername(), created.getRoles()));
    }
<#if project.security.jwt>

    public record TokenRequest(@NotBlank String username, @NotBlank String password) {
        /** Never prints the password (requests end up in logs and debuggers). */
        @Override
        public String toString() {
            return "TokenRequest[username=" + username + "]";
        }
    }

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {
    }
</#if>

    public record NewUserRequest(
            @NotBlank
            @Pattern(regexp = UserAccounts.USERNAME_PATTERN, message = "must be 3 to 100 letters, digits or . _ @ -")
            String username,
            @NotBlank
            @Size(min = UserAccounts.MIN_PASSWORD_LENGTH, max = UserAccounts.MAX_PASSWORD_BYTES)
            String password,
            @NotEmpty Set<String> roles) {
        /** Never prints the password (requests end up in logs and debuggers). */
        @Override
        public String toString() {
            return "NewUserRequest[username=" + username + ", roles=" + roles + "]";
        }
    }

    public record UserResponse(Long id, String username, Set<String> roles) {
    }
}
