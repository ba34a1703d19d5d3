package dev.backendbuilder.coverage;

import java.nio.file.Path;

/** How messages name files: relative to the project folder when inside it. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String show(Path base, Path file) {
        if (base != null) {
            Path folder = base.toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(folder)) {
                return folder.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }
}
