package dev.backendbuilder.design;

import java.util.HashMap;
import java.util.Map;

/** Relationship ends exist, names do not collide with fields, and delete rules make sense. */
final class RelationshipRules implements DesignRule {

    @Override
    public void check(Design design, CheckContext context) {
        Map<String, Location> seenFrom = new HashMap<>();
        for (int i = 0; i < design.relationships().size(); i++) {
            Relationship r = design.relationships().get(i);
            Location at = r.at();
            // an unknown entity is pointed at where its name is written, not at the relationship's '{'
            String pointer = CheckContext.pointer("relationships", String.valueOf(i));
            boolean fromKnown = checkEntity(design, r.fromEntity(), context.valueAt(pointer + "/from"), context, "'from'");
            if (r.fromField().isEmpty() || r.fromField().contains(".")) {
                context.report(at, "relationship 'from: " + r.fromEntity() + (r.fromField().isEmpty() ? "" : "." + r.fromField())
                    + "' must name the entity and the reference field, as in 'from: Book.author'.");
                continue;
            }
            NameRules.checkMemberName("relationship field", r.fromField(), at, context);
            if (r.inverse() != null) {
                NameRules.checkMemberName("inverse", r.inverse(), at, context);
            }
            Location earlier = seenFrom.putIfAbsent(r.fromEntity() + "." + r.fromField(), at);
            if (earlier != null) {
                context.report(at, "relationship " + r.fromEntity() + "." + r.fromField() + " is declared twice (first at line "
                    + earlier.line() + ").");
            }
            if (fromKnown && design.entities().get(r.fromEntity()).fields().containsKey(r.fromField())) {
                context.report(at, "relationship " + r.fromEntity() + "." + r.fromField() + " has the name of a field of "
                    + r.fromEntity() + "; rename the field or the relationship.");
            }
            boolean toKnown = r.to() == null
                ? reportMissingTarget(r, context)
                : checkEntity(design, r.to(), context.valueAt(pointer + "/to"), context, "'to'");
            if (toKnown && r.inverse() != null && design.entities().get(r.to()).fields().containsKey(r.inverse())) {
                context.report(at, "inverse '" + r.inverse() + "' has the name of a field of " + r.to()
                    + "; rename the field or the inverse.");
            }
            checkDeleteRule(r, context);
        }
    }

    private static boolean reportMissingTarget(Relationship r, CheckContext context) {
        context.report(r.at(), "relationship " + r.fromEntity() + "." + r.fromField() + " needs 'to:' naming the entity it refers to.");
        return false;
    }

    private static void checkDeleteRule(Relationship r, CheckContext context) {
        if (r.onDelete() == Relationship.OnDelete.SET_NULL && r.required()) {
            context.report(r.at(), "relationship " + r.fromEntity() + "." + r.fromField()
                + " is required, so 'onDelete: set-null' cannot work; use restrict or cascade, or make it optional.");
        }
        if (r.kind() == Relationship.Kind.MANY_TO_MANY && r.required()) {
            context.report(r.at(), "a many-to-many relationship (" + r.fromEntity() + "." + r.fromField()
                + ") cannot be required; drop 'required'.");
        }
    }

    private static boolean checkEntity(Design design, String name, Location at, CheckContext context, String role) {
        if (design.entities().containsKey(name)) {
            return true;
        }
        context.report(at, "relationship " + role + " names the unknown entity '" + name + "'."
            + Suggestions.didYouMean(name, design.entities().keySet())
            + (design.entities().isEmpty() ? " No entities are defined." : " Entities: " + String.join(", ", CheckContext.sorted(design.entities().keySet())) + "."));
        return false;
    }
}
