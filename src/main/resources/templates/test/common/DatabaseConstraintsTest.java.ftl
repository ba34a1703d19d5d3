package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatabaseConstraintsTest {

    @Test
    void an_error_naming_no_known_constraint_is_not_mapped() {
        assertThat(DatabaseConstraints.find(new RuntimeException("disk full"))).isNull();
        assertThat(DatabaseConstraints.find(new RuntimeException((String) null))).isNull();
    }
<#if project.constraints?has_content>

    @Test
    void a_constraint_is_found_in_the_cause_chain_whatever_its_case() {
        DatabaseConstraints.Constraint first = DatabaseConstraints.ALL.get(0);
        String message = "violation: \"PUBLIC." + first.name().toUpperCase(Locale.ROOT) + "_INDEX_1\"";
        RuntimeException error = new RuntimeException("could not execute statement", new RuntimeException(message));
        assertThat(DatabaseConstraints.find(error)).isEqualTo(first);
    }
</#if>
}
