package dev.backendbuilder.generate;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources held in memory with the JDK's compiler, up to attribution and flow
 * analysis ({@link JavacTask#analyze()}): every error javac would report, no class files written.
 * One instance per thread: it keeps one {@link StandardJavaFileManager}, so the jars of the class path
 * are opened once and reused by every compilation of that thread.
 */
final class InMemoryCompiler implements AutoCloseable {

    /** A compiler error: the generated file (project-relative path), its line, javac's message. */
    record Error(String path, long line, String message) {

        @Override
        public String toString() {
            return path + ":" + line + ": " + message;
        }
    }

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

    /**
     * Compiles {@code sources} (path → text) against {@code classPath}; reports only errors in the
     * sources whose path starts with {@code reportedPrefix} (the others are there to be referred to).
     */
    List<Error> compile(Map<String, String> sources, List<Path> classPath, int release, String reportedPrefix) {
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new Source(path, text)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "--release", String.valueOf(release), "-Xlint:none", "-implicit:none", "-encoding", "UTF-8");
        JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null, units);
        try {
            task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String path = d.getSource() instanceof Source source ? source.path : String.valueOf(d.getSource());
            if (d.getSource() == null || path.startsWith(reportedPrefix)) {
                errors.add(new Error(path, d.getLineNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String path;
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
