package dev.backendbuilder.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to the types the design owns (entities, their DTOs, services, enums), written so that
 * no design name can clash with a type the generated code imports ({@code Table}, {@code Page},
 * {@code List}, {@code Test}, …).
 *
 * <p>Templates write a design type through the view model ({@code ${e.type}}, {@code ${f.javaType}}),
 * which marks it with its fully qualified name. After rendering, {@link #resolve} turns each mark
 * into the simple name where that is unambiguous (importing it when it lives in another package)
 * and into the qualified name where a framework type of the same simple name is imported. When a
 * file declares a type whose name a framework import also has (the entity {@code Table} and
 * {@code @Table}), the import goes and the framework's uses are qualified instead. Everything the
 * templates write unmarked is the framework's, so each token is resolved by construction, not guessed.
 */
final class TypeReferences {

    private static final char START = '\u0001';
    private static final char END = '\u0002';
    private static final Pattern MARK = Pattern.compile(START + "([\\w.]+)" + END + "(\\w*)");
    private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+)\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    private TypeReferences() {
    }

    /** The mark of the design type {@code qualifiedName}, for templates. */
    static String mark(String qualifiedName) {
        return START + qualifiedName + END;
    }

    /** Non-Java output (README, YAML, SQL): every mark becomes its simple name. */
    static String strip(String text) {
        if (text == null || text.indexOf(START) < 0) {
            return text;
        }
        return MARK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(simpleName(m.group(1)) + m.group(2)));
    }

    /** Resolves every mark of a rendered Java file {@code path} (its name gives the declared type). */
    static String resolve(String path, String source) {
        if (source.indexOf(START) < 0) {
            return source;
        }
        String declared = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
        Matcher packageMatcher = PACKAGE.matcher(source);
        String packageName = packageMatcher.find() ? packageMatcher.group(1) : "";
        String self = packageName.isEmpty() ? declared : packageName + "." + declared;

        // Marks in strings and comments become simple names: only the ones in code are resolved and imported.
        Set<String> marked = new LinkedHashSet<>();
        boolean[] code = JavaText.codeMask(source);
        Matcher all = MARK.matcher(source);
        while (all.find()) {
            if (code[all.start()]) {
                marked.add(typeName(all.group(1), all.group(2)));
            }
        }
        // Imports of design types go (the resolution below imports what it needs); the rest are the framework's.
        List<String> lines = new ArrayList<>(source.lines().toList());
        int lastImport = -1;
        Map<String, String> frameworkImports = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("import ")) {
                continue;
            }
            lastImport = i;
            Matcher m = IMPORT.matcher(line);
            if (line.indexOf(START) >= 0 || m.matches() && marked.contains(m.group(1))) {
                lines.set(i, null);
            } else if (!line.startsWith("import static ") && m.matches()) {
                frameworkImports.put(simpleName(m.group(1)), m.group(1));
            }
        }
        // A framework type named like the declared one cannot be imported: its uses are qualified.
        String hidden = frameworkImports.get(declared);
        if (hidden != null && !hidden.equals(self)) {
            frameworkImports.remove(declared);
            for (int i = 0; i <= lastImport; i++) {
                if (lines.get(i) != null && lines.get(i).matches("import\\s+" + Pattern.quote(hidden) + "\\s*;")) {
                    lines.set(i, null);
                }
            }
        } else {
            hidden = null;
        }

        Map<String, String> simpleOwner = new HashMap<>();
        simpleOwner.put(declared, self);
        frameworkImports.forEach((simple, qualified) -> simpleOwner.putIfAbsent(simple, qualified));
        Set<String> imports = new LinkedHashSet<>();
        Map<String, String> spelling = new HashMap<>();
        for (String type : marked) {
            String simple = simpleName(type);
            String owner = simpleOwner.putIfAbsent(simple, type);
            if (owner != null && !owner.equals(type)) {
                spelling.put(type, type);
            } else {
                spelling.put(type, simple);
                if (!packageOf(type).equals(packageName) && !type.equals(self)) {
                    imports.add("import " + type + ";");
                }
            }
        }

        StringBuilder head = new StringBuilder();
        int bodyStart = lastImport + 1;
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            if (line != null) {
                head.append(line).append('\n');
            }
            if (i == lastImport) {
                imports.forEach(imp -> head.append(imp).append('\n'));
            }
        }
        if (lastImport < 0 && !imports.isEmpty()) {
            // no import block: put the imports after the package line
            return resolve(path, insertAfterPackage(source, imports));
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size())) + (source.endsWith("\n") ? "\n" : "");
        return head + rewriteBody(body, spelling, declared, hidden);
    }

    private static String insertAfterPackage(String source, Set<String> imports) {
        Matcher m = PACKAGE.matcher(source);
        int at = m.find() ? m.end() : 0;
        StringBuilder block = new StringBuilder("\n");
        imports.forEach(imp -> block.append('\n').append(imp));
        // the marks stay: the second pass finds the import block and keeps these imports
        return source.substring(0, at) + block + source.substring(at);
    }

    /**
     * Replaces marks by their spelling (simple names inside strings and comments, where no type is
     * resolved) and, when {@code hidden} is set, qualifies the framework's uses of the declared name.
     */
    private static String rewriteBody(String body, Map<String, String> spelling, String declared, String hidden) {
        StringBuilder out = new StringBuilder(body.length());
        boolean[] code = JavaText.codeMask(body);
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == START) {
                int end = body.indexOf(END, i);
                String qualified = body.substring(i + 1, end);
                int suffixEnd = end + 1;
                while (suffixEnd < body.length() && Character.isJavaIdentifierPart(body.charAt(suffixEnd))
                        && body.charAt(suffixEnd) != START) {
                    suffixEnd++;
                }
                String type = typeName(qualified, body.substring(end + 1, suffixEnd));
                boolean partOfName = i > 0 && Character.isJavaIdentifierPart(body.charAt(i - 1));
                out.append(code[i] && !partOfName ? spelling.getOrDefault(type, simpleName(type)) : simpleName(type));
                i = suffixEnd;
                continue;
            }
            if (hidden != null && code[i] && Character.isJavaIdentifierStart(c)
                    && (i == 0 || !Character.isJavaIdentifierPart(body.charAt(i - 1)))) {
                int end = i;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end)) && body.charAt(end) != START) {
                    end++;
                }
                String word = body.substring(i, end);
                boolean qualifiedUse = i > 0 && body.charAt(i - 1) == '.';
                if (word.equals(declared) && !qualifiedUse && !JavaText.followsDeclarationKeyword(body, i)) {
                    out.append(hidden);
                } else {
                    out.append(word);
                }
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String typeName(String qualified, String suffix) {
        return qualified + suffix;
    }

    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static String packageOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }
}
