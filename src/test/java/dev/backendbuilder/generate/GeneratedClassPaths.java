package dev.backendbuilder.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real class paths of generated projects, resolved by Maven once for all of them: the distinct
 * dependency sets of the rendered poms become the modules of one aggregator project, one Maven run of
 * {@code dependency:build-classpath} writes each module's compile and test class path, and the result
 * is kept under the cache folder by the hash of the dependency set, so the next run resolves nothing.
 */
final class GeneratedClassPaths {

    /** The class path for main sources (compile and provided scope) and for test sources (every scope). */
    record ClassPath(List<Path> main, List<Path> test) {
    }

    private static final Pattern PARENT = Pattern.compile("(?s)\\s*<parent>.*?</parent>");
    private static final Pattern DEPENDENCIES = Pattern.compile("(?s)\\n  <dependencies>.*?\\n  </dependencies>");
    private static final String BUILD_CLASSPATH = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

    private final Path cache;
    private final List<String> maven;

    /**
     * @param cache         folder for the cached class paths and the aggregator project
     * @param mavenCommand  the Maven launcher and the options of the outer build (local repository, settings)
     */
    GeneratedClassPaths(Path cache, List<String> mavenCommand) {
        this.cache = cache;
        this.maven = List.copyOf(mavenCommand);
    }

    /** The Maven of the outer build, from the properties the build passes to the test JVM. */
    static List<String> mavenOfThisBuild() {
        String home = System.getProperty("maven.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("system property maven.home is not set: run this test through Maven (failsafe passes it),"
                + " or pass -Dmaven.home=<folder of bin/mvn>.");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(home, "bin", isWindows() ? "mvn.cmd" : "mvn").toString(), "-B", "-q"));
        String repository = System.getProperty("designspace.maven.repo.local", "");
        if (!repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        String settings = System.getProperty("designspace.maven.settings", "");
        if (!settings.isBlank() && Files.isRegularFile(Path.of(settings))) {
            command.addAll(List.of("-s", settings));
        }
        if (Boolean.getBoolean("designspace.maven.offline")) { // -o of the outer build does not reach the test JVM: say it again
            command.add("-o");
        }
        return command;
    }

    /** The class paths of every pom, resolving the ones not cached with a single Maven run. */
    Map<String, ClassPath> resolve(Collection<String> poms) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String pom : poms) {
            String key = key(pom);
            if (!Files.isRegularFile(cached(key, "test"))) {
                modules.putIfAbsent(key, modulePom(key, pom));
            }
        }
        if (!modules.isEmpty()) {
            runMaven(modules);
        }
        Map<String, ClassPath> byKey = new LinkedHashMap<>();
        for (String pom : poms) {
            String key = key(pom);
            byKey.computeIfAbsent(key, k -> new ClassPath(read(cached(k, "main")), read(cached(k, "test"))));
        }
        return byKey;
    }

    /** The cache key of a rendered pom: the hash of its parent and its dependencies. */
    static String key(String pom) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((section(PARENT, pom) + section(DEPENDENCIES, pom)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String section(Pattern pattern, String pom) {
        Matcher m = pattern.matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("the generated pom has no " + pattern + " section:\n" + pom);
        }
        return m.group();
    }

    private Path cached(String key, String scope) {
        return cache.resolve("classpaths").resolve(key + "." + scope);
    }

    private static String modulePom(String key, String pom) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>%s
              <groupId>dev.backendbuilder.designspace</groupId>
              <artifactId>m-%s</artifactId>
              <version>0</version>%s
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-dependency-plugin</artifactId>
                    <version>3.8.1</version>
                    <executions>
                      <execution>
                        <id>main</id>
                        <configuration><includeScope>compile</includeScope><outputFile>main.classpath</outputFile></configuration>
                      </execution>
                      <execution>
                        <id>test</id>
                        <configuration><includeScope>test</includeScope><outputFile>test.classpath</outputFile></configuration>
                      </execution>
                    </executions>
                  </plugin>
                </plugins>
              </build>
            </project>
            """.formatted(section(PARENT, pom), key, section(DEPENDENCIES, pom));
    }

    private void runMaven(Map<String, String> modules) {
        try {
            Path project = Files.createDirectories(cache.resolve("resolve"));
            StringBuilder aggregator = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.backendbuilder.designspace</groupId>
                  <artifactId>resolve</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <modules>
                """);
            for (Map.Entry<String, String> module : modules.entrySet()) {
                Path folder = Files.createDirectories(project.resolve(module.getKey()));
                Files.writeString(folder.resolve("pom.xml"), module.getValue());
                Files.deleteIfExists(folder.resolve("main.classpath"));
                Files.deleteIfExists(folder.resolve("test.classpath"));
                aggregator.append("    <module>").append(module.getKey()).append("</module>\n");
            }
            Files.writeString(project.resolve("pom.xml"), aggregator.append("  </modules>\n</project>\n"));
            List<String> command = new ArrayList<>(maven);
            command.addAll(List.of("-f", project.resolve("pom.xml").toString(), BUILD_CLASSPATH + "@main", BUILD_CLASSPATH + "@test"));
            Path log = project.resolve("maven.log");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(20, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("resolving the class paths took over 20 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Maven could not resolve the class paths of the generated projects (exit "
                    + process.exitValue() + "): " + String.join(" ", command) + "\n" + Files.readString(log));
            }
            Files.createDirectories(cache.resolve("classpaths"));
            for (String key : modules.keySet()) {
                for (String scope : List.of("main", "test")) {
                    Files.move(project.resolve(key).resolve(scope + ".classpath"), cached(key, scope), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.out.printf("design space: resolved %d class paths with one Maven run in %.1f s%n", modules.size(),
                (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> read(Path file) {
        try {
            String text = Files.readString(file).trim();
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
