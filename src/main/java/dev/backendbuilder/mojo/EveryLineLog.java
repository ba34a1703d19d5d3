package dev.backendbuilder.mojo;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.maven.plugin.logging.Log;

/**
 * A {@link Log} that writes a multi-line message as one entry per line, so that every line of the build
 * log carries its level ({@code [WARNING]}, {@code [ERROR]}) and a grep for the level finds all of it.
 * A throwable, if any, goes with the last line.
 */
final class EveryLineLog implements Log {

    private final Log log;

    EveryLineLog(Log log) {
        this.log = log;
    }

    /** {@code log} itself when it already is one. */
    static Log of(Log log) {
        return log instanceof EveryLineLog ? log : new EveryLineLog(log);
    }

    private static void each(CharSequence content, Throwable error, BiConsumer<CharSequence, Throwable> write) {
        List<String> lines = content == null ? List.of() : content.toString().lines().toList();
        if (lines.size() <= 1) {
            write.accept(content, error);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            write.accept(lines.get(i), i == lines.size() - 1 ? error : null);
        }
    }

    private static void write(CharSequence line, Throwable error, java.util.function.Consumer<CharSequence> plain,
            BiConsumer<CharSequence, Throwable> withError) {
        if (error == null) {
            plain.accept(line);
        } else {
            withError.accept(line, error);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        each(content, null, (line, e) -> log.debug(line));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        each(content, error, (line, e) -> write(line, e, log::debug, log::debug));
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        each(content, null, (line, e) -> log.info(line));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        each(content, error, (line, e) -> write(line, e, log::info, log::info));
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        each(content, null, (line, e) -> log.warn(line));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        each(content, error, (line, e) -> write(line, e, log::warn, log::warn));
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        each(content, null, (line, e) -> log.error(line));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        each(content, error, (line, e) -> write(line, e, log::error, log::error));
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
