package ${project.packageName}.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Tokens are signed, expire, carry the roles, and a weak key is refused. */
class TokenServiceTest {

    private static final String SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();

    private final UsernamePasswordAuthenticationToken reader = UsernamePasswordAuthenticationToken.authenticated(
            "reader", null, List.of(new SimpleGrantedAuthority("ROLE_${project.security.roles[0]}")));

    @Test
    void an_issued_token_is_accepted_with_its_subject_and_roles() {
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        TokenService.Token token = tokens.issue(reader);
        Jwt jwt = tokens.decoder().decode(token.value());
        assertThat(jwt.getSubject()).isEqualTo("reader");
        assertThat(jwt.getClaimAsStringList(TokenService.ROLES_CLAIM)).containsExactly("${project.security.roles[0]}");
        assertThat(token.expiresInSeconds()).isEqualTo(300);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        // Another explicit key, not the random one of an unset secret: that would log its warning here.
        String otherSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
        TokenService.Token foreign = new TokenService(otherSecret, Duration.ofMinutes(5), "${project.name}").issue(reader);
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        assertThatThrownBy(() -> tokens.decoder().decode(foreign.value())).isInstanceOf(JwtException.class);
    }

    @Test
    void an_expired_token_is_refused() {
        // Issued ten minutes ago for five minutes: expired beyond the one minute of clock skew allowed.
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
        String expired = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}", past).issue(reader).value();
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        assertThatThrownBy(() -> tokens.decoder().decode(expired)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        String other = new TokenService(SECRET, Duration.ofMinutes(5), "another-service").issue(reader).value();
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        assertThatThrownBy(() -> tokens.decoder().decode(other)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_without_an_expiry_is_refused_though_signed_with_the_key() {
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        String forever = tokens.sign(JwtClaimsSet.builder()
                .issuer("${project.name}").subject("reader").issuedAt(Instant.now()).build());
        assertThatThrownBy(() -> tokens.decoder().decode(forever))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("exp");
    }

    @Test
    void a_token_issued_or_valid_from_beyond_a_minute_ahead_is_refused() {
        TokenService tokens = new TokenService(SECRET, Duration.ofMinutes(5), "${project.name}");
        Instant now = Instant.now();
        Instant later = now.plus(TokenService.CLOCK_SKEW).plusSeconds(30);
        String issuedLater = tokens.sign(JwtClaimsSet.builder().issuer("${project.name}").subject("reader")
                .issuedAt(later).expiresAt(later.plusSeconds(300)).build());
        assertThatThrownBy(() -> tokens.decoder().decode(issuedLater)).isInstanceOf(JwtValidationException.class);
        String validLater = tokens.sign(JwtClaimsSet.builder().issuer("${project.name}").subject("reader")
                .issuedAt(now).notBefore(later).expiresAt(later.plusSeconds(300)).build());
        assertThatThrownBy(() -> tokens.decoder().decode(validLater)).isInstanceOf(JwtValidationException.class);
        // A server whose clock is a little ahead is tolerated.
        Instant slightlyAhead = now.plusSeconds(30);
        String tolerated = tokens.sign(JwtClaimsSet.builder().issuer("${project.name}").subject("reader")
                .issuedAt(slightlyAhead).notBefore(slightlyAhead).expiresAt(slightlyAhead.plusSeconds(300)).build());
        assertThat(tokens.decoder().decode(tolerated).getSubject()).isEqualTo("reader");
    }

    @Test
    void a_secret_shorter_than_32_bytes_stops_the_start() {
        assertThatThrownBy(() -> new TokenService("too-short", Duration.ofMinutes(5), "${project.name}"))
                .hasMessage("JWT_SECRET has 9 bytes; it needs at least 32. Generate one with: openssl rand -base64 48");
    }
}
