package ${project.packageName}.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ${project.packageName}.common.CapturedLog;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The first administrator comes from the environment, once, and only with a usable password. */
class AdministratorBootstrapTest {

    private final UserAccounts users = mock(UserAccounts.class);
    private final String password = UUID.randomUUID().toString();

    @Test
    void creates_the_administrator_when_none_exists() {
        new AdministratorBootstrap(users, "first-admin", password).run(null);
        verify(users).create("first-admin", password, Set.of(SecurityConfiguration.ADMIN));
    }

    @Test
    void creates_nobody_when_an_administrator_exists() {
        when(users.administratorExists()).thenReturn(true);
        new AdministratorBootstrap(users, "first-admin", password).run(null);
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    void creates_nobody_without_the_variables() {
        // the warning it gives is collected, not printed: a passing build's log has no WARN line (its text is
        // not asserted: an earlier Spring context in the same JVM may have left this logger's output off)
        try (CapturedLog ignored = CapturedLog.of(AdministratorBootstrap.class)) {
            new AdministratorBootstrap(users, "", "").run(null);
        }
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    void refuses_a_short_password() {
        assertThatThrownBy(() -> new AdministratorBootstrap(users, "first-admin", "short").run(null))
                .hasMessageStartingWith("ADMIN_PASSWORD must have at least 12 characters and at most 72 bytes");
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    void refuses_a_password_of_few_characters_but_more_than_72_bytes() {
        String accented = "\u00e9".repeat(40);
        assertThatThrownBy(() -> new AdministratorBootstrap(users, "first-admin", accented).run(null))
                .hasMessageStartingWith("ADMIN_PASSWORD must have at least 12 characters and at most 72 bytes");
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    void refuses_a_malformed_user_name() {
        assertThatThrownBy(() -> new AdministratorBootstrap(users, "no spaces", password).run(null))
                .hasMessageStartingWith("ADMIN_USERNAME must be");
    }
}
