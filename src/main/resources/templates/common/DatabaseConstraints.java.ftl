package ${project.packageName}.common;

import java.util.List;
import java.util.Locale;

/**
 * The named constraints of the migrations and what each means to an API client. Databases name
 * the violated constraint in their message (H2 and MySQL upper- or qualify it), so the longest
 * name found in the exception chain wins.
 */
public final class DatabaseConstraints {

    /** A constraint and the sentence a client gets when a request breaks it. */
    public record Constraint(String name, String property, String message) {
    }

    static final List<Constraint> ALL = List.of(
<#list project.constraints as c>
<#assign unique = 'new Constraint("' + c.name() + '", "' + c.property() + '", "Another ' + c.entity() + ' has the same ' + c.property() + '.")'>
<#if c.unique && (unique?length + 13) <= 120>
            ${unique}<#sep>,</#sep>
<#elseif c.unique>
            new Constraint("${c.name()}", "${c.property()}",
                    "Another ${c.entity()} has the same ${c.property()}.")<#sep>,</#sep>
<#else>
            new Constraint("${c.name()}", "${c.property()}",
                    "This ${c.target()} is still referenced by a ${c.entity()} (${c.property()});"
                            + " delete or change those first.")<#sep>,</#sep>
</#if>
</#list>
    );

    private DatabaseConstraints() {
    }

    public static Constraint find(Throwable error) {
        return find(error, ALL);
    }

    static Constraint find(Throwable error, List<Constraint> known) {
        Constraint best = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            for (Constraint constraint : known) {
                boolean longer = best == null || constraint.name().length() > best.name().length();
                if (longer && text.contains(constraint.name())) {
                    best = constraint;
                }
            }
        }
        return best;
    }
}
