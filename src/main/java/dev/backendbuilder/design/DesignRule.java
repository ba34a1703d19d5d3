package dev.backendbuilder.design;

/** One family of semantic checks, run after the schema check on the (leniently) bound model. */
interface DesignRule {

    void check(Design design, CheckContext context);
}
