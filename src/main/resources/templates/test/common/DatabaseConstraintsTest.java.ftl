package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
<#if project.constraints?has_content>
import java.util.Locale;
</#if>
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DatabaseConstraintsTest {

    // Names as the migrations write them: one is the start of the other, so the longer must win.
    private static final DatabaseConstraints.Constraint SHORT =
            new DatabaseConstraints.Constraint("uk_item_code", "code", "Another Item has the same code.");
    private static final DatabaseConstraints.Constraint LONG =
            new DatabaseConstraints.Constraint("uk_item_code_name", "codeName", "Another Item has the same codeName.");
    private static final List<DatabaseConstraints.Constraint> KNOWN = List.of(SHORT, LONG);

    @Test
    void an_error_naming_no_known_constraint_is_not_mapped() {
        assertThat(DatabaseConstraints.find(new RuntimeException("disk full"))).isNull();
        assertThat(DatabaseConstraints.find(new RuntimeException((String) null))).isNull();
        assertThat(DatabaseConstraints.find(new RuntimeException("disk full"), KNOWN)).isNull();
    }

    @Test
    void the_longest_name_in_the_cause_chain_wins_whatever_its_case() {
        RuntimeException deepest = new RuntimeException("Unique index violation: \"PUBLIC.UK_ITEM_CODE_NAME_INDEX_2\"");
        RuntimeException error = new RuntimeException("uk_item_code", new RuntimeException(null, deepest));
        assertThat(DatabaseConstraints.find(error, KNOWN)).isEqualTo(LONG);
        assertThat(DatabaseConstraints.find(new RuntimeException("violates uk_item_code"), KNOWN)).isEqualTo(SHORT);
        assertThat(DatabaseConstraints.find(new RuntimeException("violates uk_item_code_name"), List.of(LONG, SHORT)))
                .isEqualTo(LONG);
    }

    @Test
    // Without the guard the search never ends: a separate thread fails it instead of hanging the build.
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void an_exception_that_is_its_own_cause_ends_the_search() {
        RuntimeException loop = new RuntimeException("violates uk_item_code") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(DatabaseConstraints.find(loop, KNOWN)).isEqualTo(SHORT);
    }
<#if project.constraints?has_content>

    @Test
    void every_constraint_of_the_migrations_is_found_in_the_cause_chain_whatever_its_case() {
        for (DatabaseConstraints.Constraint constraint : DatabaseConstraints.ALL) {
            String message = "constraint \"PUBLIC." + constraint.name().toUpperCase(Locale.ROOT) + "\" violated";
            RuntimeException error = new RuntimeException("could not execute statement", new RuntimeException(message));
            assertThat(DatabaseConstraints.find(error).name()).isEqualTo(constraint.name());
        }
    }
</#if>
}
