package dev.backendbuilder.design;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads a design file: size guard, YAML with locations, the JSON Schema from the jar, then the
 * semantic rules. Every problem is collected and raised together as one {@link DesignException};
 * nothing else escapes for bad content (an unreadable file is an {@link IOException}).
 * Thread-safe and stateless: one instance can serve parallel builds.
 */
public final class DesignLoader {

    /** A 200-entity design with fully constrained fields is about 250 KB; a file past this is not a design. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final List<DesignRule> RULES = List.of(
        new NameRules(), new FieldRules(), new EntityRules(), new RelationshipRules(),
        new ApiRules(), new SecurityRules(), new IntegrationRules(), new PerformanceRules());

    /**
     * @param file        the design file
     * @param displayName how messages name the file, usually its path relative to the project
     */
    public Design load(Path file, String displayName) throws IOException, DesignException {
        checkSize(Files.size(file), displayName);
        return parse(decode(Files.readAllBytes(file), displayName), displayName);
    }

    /** Loads design text that is already in memory; {@code displayName} names it in messages. */
    public Design parse(String text, String displayName) throws DesignException {
        checkSize(text.length(), displayName);
        YamlReader.Parsed parsed = YamlReader.read(text, displayName);
        Problems problems = parsed.problems();
        SchemaCheck.instance().check(parsed.root(), parsed.sourceMap(), problems);
        Design design = new DesignBinder(parsed.sourceMap()).bind(parsed.root());
        CheckContext context = new CheckContext(parsed.root(), parsed.sourceMap(), problems);
        for (DesignRule rule : RULES) {
            rule.check(design, context);
        }
        problems.throwIfAny();
        return design;
    }

    private static void checkSize(long size, String displayName) throws DesignException {
        if (size > MAX_FILE_BYTES) {
            Problems problems = new Problems();
            problems.add(Location.startOf(displayName), String.format(Locale.ROOT,
                "the file is %.1f MB; a design file may be at most %d MB. Is builder.design pointing at the right file?",
                size / (1024.0 * 1024.0), MAX_FILE_BYTES / (1024 * 1024)));
            problems.throwIfAny();
        }
    }

    private static String decode(byte[] bytes, String displayName) throws DesignException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            Problems problems = new Problems();
            problems.add(Location.startOf(displayName), "the file is not UTF-8 text; save it as UTF-8.");
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
    }
}
