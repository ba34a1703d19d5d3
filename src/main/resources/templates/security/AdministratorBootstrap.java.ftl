package ${project.packageName}.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code ADMIN_USERNAME} and {@code ADMIN_PASSWORD} when no
 * administrator exists. There is no default account and no default password: without the two
 * variables nobody can manage users until they are set.
 */
@Component
public class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccounts users;
    private final String username;
    private final String password;

    public AdministratorBootstrap(UserAccounts users, @Value("${r"${app.security.admin.username:}"}") String username,
            @Value("${r"${app.security.admin.password:}"}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.administratorExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("No administrator exists yet:"
                    + " set ADMIN_USERNAME and ADMIN_PASSWORD and restart to create the first one.");
            return;
        }
        if (!username.matches(UserAccounts.USERNAME_PATTERN)) {
            throw new IllegalStateException("ADMIN_USERNAME must be 3 to 100 letters, digits or . _ @ -.");
        }
        if (password.length() < UserAccounts.MIN_PASSWORD_LENGTH || !UserAccounts.fitsBcrypt(password)) {
            throw new IllegalStateException("ADMIN_PASSWORD must have at least " + UserAccounts.MIN_PASSWORD_LENGTH
                    + " characters and at most " + UserAccounts.MAX_PASSWORD_BYTES + " bytes in UTF-8;"
                    + " generate one with: openssl rand -base64 24");
        }
        users.create(username, password, Set.of(SecurityConfiguration.ADMIN));
        LOG.info("Created the administrator '{}' from ADMIN_USERNAME and ADMIN_PASSWORD.", username);
    }
}
