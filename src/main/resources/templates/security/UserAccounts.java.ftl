package ${project.packageName}.security;

import ${project.packageName}.common.ApiException;
import ${project.packageName}.common.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users with a hashed password and known roles, and loads them for sign-in. */
@Service
public class UserAccounts implements UserDetailsService {

    /** Every role of the design; {@value SecurityConfiguration#ADMIN} manages users. */
    public static final List<String> ROLES = List.of(${project.security.roleLiterals});
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads at most 72 bytes (of UTF-8, not characters); longer passwords are refused, never cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final String USERNAME_PATTERN = "^[A-Za-z0-9._@-]{3,100}$";

    private final UserAccountRepository repository;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public UserAccounts(UserAccountRepository repository, PasswordEncoder passwords) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = Clock.systemUTC();
    }

    /** Whether BCrypt hashes all of {@code password}: 72 characters of ASCII, only 36 accented letters. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /**
     * A new user; 409 when the name is taken, 400 for a role the application does not know or a password
     * longer than BCrypt reads.
     */
    @Transactional
    public UserAccount create(String username, String password, Set<String> roles) {
        if (!fitsBcrypt(password)) {
            throw ApiException.badRequest("password", "must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8; this one has " + password.getBytes(StandardCharsets.UTF_8).length);
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw ApiException.badRequest(
                        "roles", "Unknown role '" + role + "'; roles are " + String.join(", ", ROLES) + ".");
            }
        }
        if (repository.existsByUsername(username)) {
            throw new ApiException(HttpStatus.CONFLICT, "Conflict", "A user named '" + username + "' exists already.",
                    List.of(new FieldProblem("username", "is taken")));
        }
        return repository.save(
                new UserAccount(username, passwords.encode(password), new TreeSet<>(roles), clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return repository.existsByRolesContaining(SecurityConfiguration.ADMIN);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = repository.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername()).password(account.getPasswordHash())
                .roles(account.getRoles().toArray(String[]::new)).build();
    }
}
