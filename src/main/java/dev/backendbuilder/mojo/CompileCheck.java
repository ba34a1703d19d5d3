package dev.backendbuilder.mojo;

/**
 * When {@code generate} compiles the project it has just written ({@code mvn test-compile} in a forked Maven), to
 * prove that your code and the regenerated code still fit together.
 *
 * @since 0.1.0
 */
public enum CompileCheck {
    /**
     * When a Java source you changed was merged with its new version, kept beside it, or left with a conflict, or a
     * generated class was deleted (its entity dropped or renamed): the cases where code generate did not write meets
     * code it did. A project generate wrote alone is not compiled again (the generator's output is tested to compile).
     */
    AUTO,
    /** After every run that writes. */
    ALWAYS,
    /** Never: check it yourself with {@code mvn test-compile}. */
    NEVER
}
