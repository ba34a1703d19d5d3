package ${project.packageName}.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the signed (HS256), expiring access tokens. The key is {@code JWT_SECRET};
 * without it (development and tests) a random key is drawn at start, so tokens die with the
 * process and no key is ever written down. The production profile refuses to start without it.
 */
@Component
public class TokenService {

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;
    static final String ROLES_CLAIM = "roles";
    /** How far the clocks of the issuing and the checking server may differ. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);

    private final SecretKey key;
    private final Duration lifetime;
    private final String issuer;
    private final JwtEncoder encoder;
    private final Clock clock;

    @Autowired
    public TokenService(@Value("${r"${app.security.jwt-secret:}"}") String secret,
            @Value("${r"${app.security.token-lifetime:15m}"}") Duration lifetime,
            @Value("${r"${spring.application.name}"}") String issuer) {
        this(secret, lifetime, issuer, Clock.systemUTC());
    }

    TokenService(String secret, Duration lifetime, String issuer, Clock clock) {
        this.key = signingKey(secret);
        this.lifetime = lifetime;
        this.issuer = issuer;
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.clock = clock;
    }

    static SecretKey signingKey(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            LOG.warn("JWT_SECRET is not set:"
                    + " tokens are signed with a random key and stop working when the application stops.");
            bytes = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("JWT_SECRET has " + bytes.length + " bytes; it needs at least "
                        + MIN_SECRET_BYTES + ". Generate one with: openssl rand -base64 48");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A token for a signed-in user, carrying its roles. */
    public Token issue(Authentication user) {
        Instant now = clock.instant();
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .sorted()
                .toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.getName())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(ROLES_CLAIM, roles)
                .build();
        return new Token(sign(claims), lifetime.toSeconds());
    }

    /** The signed token of {@code claims}. */
    String sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /**
     * Checks signature, algorithm and issuer of every bearer token, and its times: an expiry is required
     * (a token without one would be valid forever) and must not be past; the issue time and "not before"
     * must not be in the future. Each allows {@link #CLOCK_SKEW}.
     */
    public JwtDecoder decoder() {
        JwtTimestampValidator expiry = new JwtTimestampValidator(CLOCK_SKEW);
        expiry.setAllowEmptyExpiryClaim(false);
        expiry.setClock(clock);
        JwtIssuedAtValidator issuedAt = new JwtIssuedAtValidator(true);
        issuedAt.setClockSkew(CLOCK_SKEW);
        issuedAt.setClock(clock);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, issuedAt, new JwtIssuerValidator(issuer)));
        return decoder;
    }

    /** An issued token and its lifetime in seconds. */
    public record Token(String value, long expiresInSeconds) {
    }
}
