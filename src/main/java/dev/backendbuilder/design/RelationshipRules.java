package dev.backendbuilder.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        checkRequiredCycles(design, context);
    }

    /**
     * Required references that lead back to where they start ({@code Comment.parent} required and pointing at
     * Comment, or A needs a B that needs an A) leave no row that can be inserted first: each needs an
     * existing row of the next. Reported once per cycle, at the relationship that closes it.
     */
    private static void checkRequiredCycles(Design design, CheckContext context) {
        Map<String, List<Relationship>> required = new HashMap<>();
        for (Relationship r : design.relationships()) {
            if (r.required() && r.kind() != Relationship.Kind.MANY_TO_MANY && r.to() != null
                    && design.entities().containsKey(r.fromEntity()) && design.entities().containsKey(r.to())) {
                required.computeIfAbsent(r.fromEntity(), k -> new ArrayList<>()).add(r);
            }
        }
        Set<Relationship> reported = new HashSet<>();
        for (String start : CheckContext.sorted(required.keySet())) {
            List<Relationship> path = cycleFrom(start, start, required, new ArrayList<>(), new HashSet<>());
            if (path != null && reported.addAll(path)) {
                Relationship last = path.get(path.size() - 1);
                String chain = path.stream().map(r -> r.fromEntity() + "." + r.fromField() + " -> " + r.to())
                        .collect(Collectors.joining(", "));
                context.report(last.at(), "required references form a cycle (" + chain + "): no " + start
                    + " could be created first, since each needs an existing row of the next. Make one of them optional"
                    + " (drop 'required').");
            }
        }
    }

    private static List<Relationship> cycleFrom(String start, String at, Map<String, List<Relationship>> required,
            List<Relationship> path, Set<String> visited) {
        if (!visited.add(at)) {
            return null;
        }
        for (Relationship r : required.getOrDefault(at, List.of())) {
            path.add(r);
            if (r.to().equals(start)) {
                return new ArrayList<>(path);
            }
            List<Relationship> found = cycleFrom(start, r.to(), required, path, visited);
            if (found != null) {
                return found;
            }
            path.remove(path.size() - 1);
        }
        return null;
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
