package dev.backendbuilder.generate;

/**
 * Adds the files of one concern (build files, application, one entity's slice, migrations,
 * tests) to a generation. Contributors run in a fixed order and never write files themselves.
 */
@FunctionalInterface
public interface Contributor {

    void contribute(ProjectView project, Output output);

    /** Where contributors put what they want generated. */
    interface Output {

        /** Render {@code template} to {@code path} (relative to the project root, '/'-separated). */
        void render(String path, String template, java.util.Map<String, Object> extraModel);

        /** Write {@code content} verbatim to {@code path}. */
        void copy(String path, byte[] content);
    }
}
