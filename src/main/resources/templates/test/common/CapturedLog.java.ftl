package ${project.packageName}.common;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Collects what some loggers write while a test provokes a failure on purpose, instead of printing
 * it: the build log then shows only what went wrong unexpectedly, and the test can assert that the
 * operator is told. Use it in try-with-resources; closing puts the loggers back as they were.
 */
public final class CapturedLog implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Boolean> additivity = new LinkedHashMap<>();

    private CapturedLog(List<String> names) {
        appender.start();
        for (String name : names) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            additivity.put(logger, logger.isAdditive());
            logger.addAppender(appender);
            logger.setAdditive(false);
        }
    }

    /** Captures these classes' loggers. */
    public static CapturedLog of(Class<?>... sources) {
        List<String> names = new ArrayList<>();
        for (Class<?> source : sources) {
            names.add(source.getName());
        }
        return new CapturedLog(names);
    }

    /** Captures these loggers and everything below them ({@code com.zaxxer.hikari}, say). */
    public static CapturedLog of(String... names) {
        return new CapturedLog(List.of(names));
    }

    /** What was logged so far, in order. */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    @Override
    public void close() {
        additivity.forEach((logger, additive) -> {
            logger.detachAppender(appender);
            logger.setAdditive(additive);
        });
        appender.stop();
    }
}
