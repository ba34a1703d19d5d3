package dev.backendbuilder.report;

import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads the HTTP endpoints and the caching of a module from its compiled classes with ASM: Spring MVC
 * controllers ({@code @RestController}/{@code @Controller} with {@code @RequestMapping} on the class,
 * {@code @GetMapping}, {@code @PostMapping}, … or {@code @RequestMapping(method=…)} on methods), the
 * {@code @RequestBody} parameter as request type, the generic return type as response type, and the
 * roles of {@code @PreAuthorize} (on the method, else on the class).
 *
 * <p>Annotations are recognised by their descriptors, so no Spring class is loaded (or needed).
 */
public final class BytecodeReader {

    private static final String WEB = "Lorg/springframework/web/bind/annotation/";
    private static final Map<String, String> METHOD_MAPPINGS = Map.of(WEB + "GetMapping;", "GET",
            WEB + "PostMapping;", "POST", WEB + "PutMapping;", "PUT", WEB + "PatchMapping;", "PATCH",
            WEB + "DeleteMapping;", "DELETE", WEB + "RequestMapping;", "");
    /** Spring Boot's error page controller (Boot 4, then 2 and 3): the container's error page, not an endpoint. */
    private static final List<String> ERROR_CONTROLLERS = List.of(
            "org/springframework/boot/webmvc/error/ErrorController",
            "org/springframework/boot/web/servlet/error/ErrorController");
    private static final List<String> CONTROLLERS = List.of(WEB + "RestController;",
            "Lorg/springframework/stereotype/Controller;");
    private static final String REQUEST_BODY = WEB + "RequestBody;";
    private static final String PRE_AUTHORIZE = "Lorg/springframework/security/access/prepost/PreAuthorize;";
    private static final String CACHE = "Lorg/springframework/cache/annotation/";
    private static final Pattern ROLE = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

    /**
     * What the classes say.
     *
     * @param endpoints every endpoint, sorted by path and method
     * @param caching   cache annotations by simple name with the number of uses ({@code @Cacheable})
     */
    public record Facts(List<Endpoint> endpoints, List<Count> caching) {
    }

    /** Reads every class file under {@code classes}; an absent folder has no endpoints. */
    public Facts read(Path classes) throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, Integer> caching = new TreeMap<>();
        if (Files.isDirectory(classes)) {
            List<Path> files;
            try (Stream<Path> stream = Files.walk(classes)) {
                files = stream.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassScan scan = new ClassScan();
                    new ClassReader(in).accept(scan, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
                    endpoints.addAll(scan.endpoints());
                    scan.cacheUses.forEach((name, count) -> caching.merge(name, count, Integer::sum));
                } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(file + " is not a class file ASM can read (" + e.getMessage()
                            + "); rebuild the module (mvn clean verify)", e);
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(e -> order(e.method()))
                .thenComparing(Endpoint::handler));
        List<Count> counts = caching.entrySet().stream().map(e -> new Count("@" + e.getKey(), e.getValue())).toList();
        return new Facts(endpoints, counts);
    }

    private static int order(String method) {
        int at = List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(method);
        return at < 0 ? 99 : at;
    }

    /**
     * Who may call an endpoint, from a {@code @PreAuthorize} expression: the roles of
     * {@code hasRole}/{@code hasAnyRole}/{@code hasAuthority}, {@code public} for {@code permitAll()},
     * {@code authenticated} for {@code isAuthenticated()}, nobody for {@code denyAll()}, else the expression.
     */
    static String roles(String expression) {
        if (expression == null) {
            return "none declared";
        }
        String text = expression.strip();
        if (text.equals("permitAll()") || text.equals("permitAll")) {
            return "public";
        }
        if (text.equals("isAuthenticated()")) {
            return "authenticated";
        }
        if (text.equals("denyAll()")) {
            return "nobody";
        }
        if (text.matches("has(Any)?(Role|Authority)\\([^()]*\\)")) {
            List<String> roles = new ArrayList<>();
            Matcher matcher = ROLE.matcher(text);
            while (matcher.find()) {
                roles.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
            return String.join(", ", roles);
        }
        return text;
    }

    /** Joins a class path and a method path the way Spring does: one slash between, a leading slash. */
    static String join(String base, String path) {
        String joined = (base == null ? "" : base.strip()) + "/" + (path == null ? "" : path.strip());
        joined = joined.replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.startsWith("/") ? joined : "/" + joined;
    }

    /** A mapping annotation's paths and methods as read. */
    private static final class Mapping extends AnnotationVisitor {

        final String fixedMethod;
        final List<String> paths = new ArrayList<>();
        final List<String> methods = new ArrayList<>();

        Mapping(String fixedMethod) {
            super(Opcodes.ASM9);
            this.fixedMethod = fixedMethod;
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            if ("value".equals(name) || "path".equals(name) || "method".equals(name)) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String ignored, Object value) {
                        paths.add(String.valueOf(value));
                    }

                    @Override
                    public void visitEnum(String ignored, String descriptor, String value) {
                        methods.add(value);
                    }
                };
            }
            return null;
        }

        @Override
        public void visit(String name, Object value) {
            if ("value".equals(name) || "path".equals(name)) {
                paths.add(String.valueOf(value));
            }
        }

        List<String> pathsOrEmpty() {
            return paths.isEmpty() ? List.of("") : paths;
        }

        List<String> httpMethods() {
            if (!fixedMethod.isEmpty()) {
                return List.of(fixedMethod);
            }
            return methods.isEmpty() ? List.of("ANY") : methods;
        }
    }

    /** The {@code value} of an annotation with one string. */
    private static final class Value extends AnnotationVisitor {

        String value;

        Value() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(String name, Object value) {
            if ("value".equals(name)) {
                this.value = String.valueOf(value);
            }
        }
    }

    private static final class MethodScan extends MethodVisitor {

        final String name;
        final String descriptor;
        final String signature;
        Mapping mapping;
        Value preAuthorize;
        int bodyParameter = -1;
        final ClassScan owner;

        MethodScan(ClassScan owner, String name, String descriptor, String signature) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.name = name;
            this.descriptor = descriptor;
            this.signature = signature;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            owner.countCache(annotation);
            String method = METHOD_MAPPINGS.get(annotation);
            if (method != null) {
                mapping = new Mapping(method);
                return mapping;
            }
            if (PRE_AUTHORIZE.equals(annotation)) {
                preAuthorize = new Value();
                return preAuthorize;
            }
            return null;
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
            if (REQUEST_BODY.equals(annotation)) {
                bodyParameter = parameter;
            }
            return null;
        }
    }

    private static final class ClassScan extends ClassVisitor {

        String className;
        boolean controller;
        boolean errorPage;
        Mapping classMapping;
        Value classPreAuthorize;
        final List<MethodScan> methods = new ArrayList<>();
        final Map<String, Integer> cacheUses = new TreeMap<>();

        ClassScan() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.substring(name.lastIndexOf('/') + 1);
            errorPage = interfaces != null && Arrays.stream(interfaces).anyMatch(ERROR_CONTROLLERS::contains);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            countCache(annotation);
            if (CONTROLLERS.contains(annotation)) {
                controller = true;
            } else if ((WEB + "RequestMapping;").equals(annotation)) {
                classMapping = new Mapping("");
                return classMapping;
            } else if (PRE_AUTHORIZE.equals(annotation)) {
                classPreAuthorize = new Value();
                return classPreAuthorize;
            }
            return null;
        }

        void countCache(String annotation) {
            if (annotation.startsWith(CACHE)) {
                cacheUses.merge(annotation.substring(CACHE.length(), annotation.length() - 1), 1, Integer::sum);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                return null;
            }
            MethodScan scan = new MethodScan(this, name, descriptor, signature);
            methods.add(scan);
            return scan;
        }

        List<Endpoint> endpoints() {
            List<Endpoint> endpoints = new ArrayList<>();
            if (!controller || errorPage) {
                return endpoints;
            }
            List<String> bases = classMapping == null ? List.of("") : classMapping.pathsOrEmpty();
            for (MethodScan method : methods) {
                if (method.mapping == null) {
                    continue;
                }
                TypeSignature.Method types = TypeSignature.method(method.signature != null ? method.signature
                        : method.descriptor);
                String request = method.bodyParameter >= 0 && method.bodyParameter < types.parameters().size()
                        ? types.parameters().get(method.bodyParameter) : null;
                Value security = method.preAuthorize != null ? method.preAuthorize : classPreAuthorize;
                String roles = roles(security == null ? null : security.value);
                for (String base : bases) {
                    for (String path : method.mapping.pathsOrEmpty()) {
                        for (String http : method.mapping.httpMethods()) {
                            endpoints.add(new Endpoint(http, join(base, path), request, types.returns(), roles,
                                    className + "." + method.name));
                        }
                    }
                }
            }
            return endpoints;
        }
    }
}
