package dev.backendbuilder.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * {@code .builderignore}: paths generation must not touch, in gitignore syntax (JGit's own
 * matcher, so {@code **}, negation and directory rules behave exactly as in git).
 */
public final class IgnoreRules {

    public static final String FILE = ".builderignore";

    private final IgnoreNode rules;

    private IgnoreRules(IgnoreNode rules) {
        this.rules = rules;
    }

    public static IgnoreRules none() {
        return new IgnoreRules(new IgnoreNode());
    }

    /** The rules of {@code root/.builderignore}, none when the file does not exist. */
    public static IgnoreRules read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        IgnoreNode node = new IgnoreNode();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                node.parse(in);
            }
        }
        return new IgnoreRules(node);
    }

    /** Whether {@code path} ('/'-separated, relative to the project) or one of its folders is ignored. */
    public boolean ignores(String path) {
        String[] parts = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            prefix.append(i == 0 ? "" : "/").append(parts[i]);
            boolean folder = i < parts.length - 1;
            Boolean ignored = rules.checkIgnored(prefix.toString(), folder);
            if (Boolean.TRUE.equals(ignored)) {
                return true;
            }
        }
        return false;
    }
}
