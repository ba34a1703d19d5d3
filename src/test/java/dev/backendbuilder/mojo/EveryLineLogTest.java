package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EveryLineLogTest {

    private final RecordingLog recorded = new RecordingLog();
    private final org.apache.maven.plugin.logging.Log log = EveryLineLog.of(recorded);

    @Test
    void every_line_of_a_multi_line_message_carries_its_level() {
        log.warn("first\nsecond\r\nthird");
        log.error("one\ntwo", new IllegalStateException("x"));
        log.info("single");

        assertThat(recorded.lines()).containsExactly(
                "[WARNING] first", "[WARNING] second", "[WARNING] third",
                "[ERROR] one", "[ERROR] two <IllegalStateException>",
                "[INFO] single");
    }

    @Test
    void a_mojo_log_is_wrapped_once() {
        assertThat(EveryLineLog.of(log)).isSameAs(log);
    }
}
