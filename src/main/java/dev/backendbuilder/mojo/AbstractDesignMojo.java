package dev.backendbuilder.mojo;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** Base of the goals that read or write the design file: where it is and how messages name it. */
public abstract class AbstractDesignMojo extends AbstractBuilderMojo {

    /**
     * The design file: read by {@code validate}, written by {@code init}. Relative paths are
     * resolved against the project folder (the current folder when there is no project).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.design", defaultValue = "${basedir}/design.yaml")
    protected File design;

    /** The project folder (the current folder when there is no project). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    /** The project folder, absolute. */
    protected Path projectFolder() {
        return basedir.toPath().toAbsolutePath().normalize();
    }

    /** The design file, absolute, and its name for messages: relative to the project where possible. */
    protected DesignFile designFile() {
        Path base = projectFolder();
        Path file = base.resolve(design.toPath()).normalize();
        return new DesignFile(file, relative(base, file));
    }

    /** {@code file} relative to {@code folder} when inside it, else absolute. */
    protected static String relative(Path folder, Path file) {
        return file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
    }

    /** A design file and how messages name it. */
    protected record DesignFile(Path path, String displayName) {
    }
}
