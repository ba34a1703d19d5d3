package ${project.packageName}.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The firewall's character checks without a regular expression accept exactly what Spring Security's accept. */
class HttpFirewallTest {

    /** Spring Security's own expressions (StrictHttpFirewall), which the loops replace. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private final HttpFirewall firewall = new SecurityConfiguration().httpFirewall();

    @Test
    void every_code_point_is_judged_as_the_regular_expressions_judge_it() {
        List<String> differences = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (SecurityConfiguration.validName(text) != NAME.matcher(text).matches()) {
                differences.add(String.format("U+%04X in a name", codePoint));
            }
            if (SecurityConfiguration.validHeaderValue(text) != HEADER_VALUE.matcher(text).matches()) {
                differences.add(String.format("U+%04X in a header value", codePoint));
            }
        }
        assertThat(differences).isEmpty();
        assertThat(SecurityConfiguration.validName("")).isTrue();
    }

    @Test
    void a_bearer_token_passes_and_a_control_character_in_a_header_is_refused() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.addHeader("Authorization", "Bearer header.claims.signature-of-some-length_~+/=");
        request.addHeader("X-Tabbed", "a\tb");
        request.addHeader("X-Bell", "a\u0007b");

        var checked = firewall.getFirewalledRequest(request);

        assertThat(checked.getHeader("Authorization")).startsWith("Bearer ");
        assertThat(checked.getHeader("X-Tabbed")).isEqualTo("a\tb");
        assertThatThrownBy(() -> checked.getHeader("X-Bell")).isInstanceOf(RequestRejectedException.class);
    }
}
