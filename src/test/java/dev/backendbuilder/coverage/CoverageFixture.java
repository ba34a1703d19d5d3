package dev.backendbuilder.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * A small project on disk made of the real classes in {@code coveragefixture}: their class files under
 * {@code target/classes}, their sources under {@code src/main/java}, and exec files recorded by really
 * running them instrumented by JaCoCo (as its agent would), in memory.
 */
final class CoverageFixture {

    static final List<String> CLASSES = List.of("coveragefixture.Shapes", "coveragefixture.Generated",
        "coveragefixture.GeneratedMapper", "coveragefixture.util.Texts");

    final Path root;

    private CoverageFixture(Path root) {
        this.root = root;
    }

    /** Copies the fixture's class files and sources into {@code root}. */
    static CoverageFixture create(Path root) throws IOException {
        CoverageFixture fixture = new CoverageFixture(root);
        for (String name : CLASSES) {
            String path = name.replace('.', '/');
            Path classFile = fixture.classes().resolve(path + ".class");
            Files.createDirectories(classFile.getParent());
            Files.write(classFile, original(name));
            Path source = fixture.sources().resolve(path + ".java");
            Files.createDirectories(source.getParent());
            Files.copy(Path.of("src/test/java", path + ".java"), source);
        }
        return fixture;
    }

    Path classes() {
        return root.resolve("target/classes");
    }

    Path sources() {
        return root.resolve("src/main/java");
    }

    CoverageAnalysis.Module module() {
        return new CoverageAnalysis.Module("fixture", root, classes(), List.of(sources()));
    }

    static byte[] original(String name) throws IOException {
        try (InputStream in = CoverageFixture.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    /** Runs {@code exercise} against freshly instrumented classes and writes what ran to {@code target/<file>}. */
    Path record(String file, Consumer<Runner> exercise) throws Exception {
        RuntimeData data = new RuntimeData();
        IRuntime runtime = new LoggerRuntime();
        runtime.startup(data);
        try {
            Instrumenter instrumenter = new Instrumenter(runtime);
            Map<String, byte[]> instrumented = new HashMap<>();
            for (String name : CLASSES) {
                instrumented.put(name, instrumenter.instrument(original(name), name));
            }
            exercise.accept(new Runner(new MemoryClassLoader(instrumented)));
            ExecutionDataStore store = new ExecutionDataStore();
            SessionInfoStore sessions = new SessionInfoStore();
            data.collect(store, sessions, false);
            Path exec = root.resolve("target").resolve(file);
            Files.createDirectories(exec.getParent());
            try (OutputStream out = Files.newOutputStream(exec)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                sessions.accept(writer);
                store.accept(writer);
            }
            return exec;
        } finally {
            runtime.shutdown();
        }
    }

    /** Calls static methods of the instrumented classes. */
    static final class Runner {
        private final ClassLoader loader;

        Runner(ClassLoader loader) {
            this.loader = loader;
        }

        Object call(String className, String method, Object... args) {
            try {
                Class<?> type = loader.loadClass(className);
                Method target = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length)
                    .findFirst().orElseThrow();
                return target.invoke(null, args);
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes) {
            super(CoverageFixture.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
            }
        }
    }

    /** Exercises part of Shapes and Texts: some lines and branches are left uncovered. */
    static void someOfIt(Runner run) {
        run.call("coveragefixture.Shapes", "area", 2, 3);
        run.call("coveragefixture.Shapes", "kind", 2, 2);
        run.call("coveragefixture.util.Texts", "shout", "hi");
    }

    /** Exercises the rest, but for Shapes.unused. */
    static void moreOfIt(Runner run) {
        run.call("coveragefixture.Shapes", "area", -1, 3);
        run.call("coveragefixture.Shapes", "kind", 3, 2);
        run.call("coveragefixture.Shapes", "kind", 2, 3);
        run.call("coveragefixture.Shapes", "perimeterSum", (Object) new int[] {1, 0, 2});
        run.call("coveragefixture.util.Texts", "shout", (Object) null);
        run.call("coveragefixture.util.Texts", "blank", " ");
        run.call("coveragefixture.util.Texts", "blank", (Object) null);
    }

}
