package dev.backendbuilder.security;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles small Java sources into a class folder, for SpotBugs to analyse; and the fork's class path. */
final class Compiled {

    private Compiled() {
    }

    /** Writes {@code sources} (path → text) under {@code root/src} and compiles them into {@code root/classes}. */
    static Path classes(Path root, Map<String, String> sources) throws IOException {
        Path src = root.resolve("src");
        Path classes = root.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-g", "-d", classes.toString(), "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the test sources do not compile");
        }
        return classes;
    }

    /** SpotBugs' class path in this test JVM: every entry but the Find Security Bugs plugin. */
    static List<Path> spotbugsClasspath() {
        return entries().stream().filter(p -> !p.getFileName().toString().startsWith("findsecbugs-plugin")).toList();
    }

    /** The Find Security Bugs plugin jar on the test class path. */
    static List<Path> findSecBugs() {
        return entries().stream().filter(p -> p.getFileName().toString().startsWith("findsecbugs-plugin")).toList();
    }

    private static List<Path> entries() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream().map(Path::of).toList();
    }

    /** SQL built by concatenation: the source of the bytecode IT, line 18 holds the query. */
    static final String SQL_DAO = itSource("OrderDao.java");

    /** A token from java.util.Random: the source of the bytecode IT, line 8 draws it. */
    static final String TOKENS = itSource("Tokens.java");

    private static String itSource(String name) {
        try {
            return Files.readString(Path.of("it/security-bytecode-bug-fails/src/main/java/com/example", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
